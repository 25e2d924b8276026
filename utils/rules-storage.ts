// How a person's rules are laid out in extension storage. Pure: the reads and writes are in
// utils/browser/settings-store.ts.
//
// Chrome's storage.sync holds at most 8,192 bytes per item and 102,400 in all; the UI allows 500
// rules of up to 500 characters, which can be 250 KB. So the rules are written as one JSON text
// cut into chunks of sync items while they fit a share of the sync quota (most people's rules do,
// and they follow the person to other devices), and to storage.local otherwise (Chrome: 10 MB),
// with a summary in sync saying where they are. Either way every save fits, and the summary's
// count and digest tell a complete copy from a partial or corrupted one.

/** Chrome's storage.sync limits (Firefox's are the same or larger). */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
/** Share of the sync quota rules may take: the rest is left to the toggles, site choices and reader prefs. */
export const SYNC_RULES_BUDGET = 90_000;
/** Room each chunk leaves under the per-item limit, for the key and the JSON quotes. */
const CHUNK_BYTES = SYNC_QUOTA_BYTES_PER_ITEM - 192;

export const RULE_CHUNK_PREFIX = 'rules';

/** Where the rules are and how to know them when read back; kept in sync storage with the other settings. */
export interface RulesSummary {
  where: 'sync' | 'local';
  /** Sync items holding the rules' JSON (0 when they are in storage.local). */
  chunks: number;
  count: number;
  /** Hash of the rules' JSON text. */
  digest: string;
}

/** Bytes a value takes in storage as Chrome counts them: its JSON text, in UTF-8, plus the key. */
export function storedBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** FNV-1a of the text: enough to tell a complete copy from one with a chunk missing or stale. */
export function digestOf(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

/** Bytes the UTF-16 unit at i (with its pair) takes escaped in a JSON string, in UTF-8; and how many units it spans. */
function jsonCost(text: string, i: number): [bytes: number, units: number] {
  const c = text.charCodeAt(i);
  if (c === 0x22 || c === 0x5c) return [2, 1];
  if (c < 0x20) return [6, 1]; // \u00XX at most
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? [4, 2] : [6, 1];
  }
  return c >= 0xdc00 && c <= 0xdfff ? [6, 1] : [3, 1];
}

/** Cuts a text into pieces each of which, stored as a JSON string, stays under the chunk size; never inside a character. */
export function cutIntoChunks(text: string, maxBytes = CHUNK_BYTES): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const [cost, units] = jsonCost(text, i);
    if (bytes + cost > maxBytes) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    i += units;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export const chunkKey = (i: number): string => `${RULE_CHUNK_PREFIX}${i}`;

export interface RulesLayout {
  summary: RulesSummary;
  /** The sync items to write, by key (empty when the rules go to storage.local). */
  chunks: Record<string, string>;
  /** The rules' JSON text, for storage.local when summary.where is 'local'. */
  json: string;
  bytes: number;
}

/** Where and how `rules` are stored: in sync chunks while they fit the budget, else in storage.local. */
export function layOutRules(rules: readonly unknown[]): RulesLayout {
  const json = JSON.stringify(rules);
  const digest = digestOf(json);
  // Rules far over the budget are not cut at all: the 500 longest take 250 KB or more.
  if (json.length > SYNC_RULES_BUDGET) {
    return { summary: { where: 'local', chunks: 0, count: rules.length, digest }, chunks: {}, json, bytes: utf8Length(json) };
  }
  const pieces = cutIntoChunks(json);
  const chunks: Record<string, string> = {};
  let bytes = 0;
  pieces.forEach((piece, i) => {
    chunks[chunkKey(i)] = piece;
    bytes += storedBytes(chunkKey(i), piece);
  });
  const fits = bytes <= SYNC_RULES_BUDGET && pieces.length < SYNC_MAX_ITEMS - 8;
  const summary: RulesSummary = { where: fits ? 'sync' : 'local', chunks: fits ? pieces.length : 0, count: rules.length, digest };
  return { summary, chunks: fits ? chunks : {}, json, bytes };
}

export type RulesRead = { rules: unknown[] } | { problem: string };

/** The rules back from their stored pieces, checked against the summary; a problem says what is wrong, for a person. */
export function readRules(summary: RulesSummary, pieces: readonly unknown[] | null, local: unknown): RulesRead {
  let json: string;
  if (summary.where === 'sync') {
    const present = (pieces ?? []).filter((p) => typeof p === 'string').length;
    if (!pieces || present < summary.chunks) {
      return { problem: `only ${present} of the ${summary.chunks} synced parts arrived` };
    }
    json = (pieces as string[]).join('');
  } else {
    if (typeof local !== 'string') return { problem: 'they were kept on this device and are not here (another device, or the browser data was cleared)' };
    json = local;
  }
  if (digestOf(json) !== summary.digest) return { problem: 'the stored copy is damaged or half-updated' };
  try {
    const rules = JSON.parse(json) as unknown;
    if (!Array.isArray(rules) || rules.length !== summary.count) return { problem: 'the stored copy is damaged' };
    return { rules };
  } catch {
    return { problem: 'the stored copy is damaged' };
  }
}

export function isRulesSummary(v: unknown): v is RulesSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (s.where === 'sync' || s.where === 'local') && Number.isInteger(s.chunks) && (s.chunks as number) >= 0 &&
    (s.chunks as number) < SYNC_MAX_ITEMS && Number.isInteger(s.count) && typeof s.digest === 'string';
}

/** "3.1 KB": byte counts as the UI shows them. */
export function formatBytes(n: number): string {
  return n < 1000 ? `${n} bytes` : `${(n / 1000).toFixed(1)} KB`;
}

/**
 * The limits as the person meets them, for the rules panel: how many rules of how many, their
 * size, and whether they sync or stay in this browser.
 */
export function describeRulesStorage(rules: readonly unknown[], maxRules: number): string {
  const { summary, bytes } = layOutRules(rules);
  const count = `${rules.length} of ${maxRules} rules`;
  if (!rules.length) return `${count}.`;
  return summary.where === 'sync'
    ? `${count} · ${formatBytes(bytes)}, synced to your other browsers (up to ${formatBytes(SYNC_RULES_BUDGET)}).`
    : `${count} · ${formatBytes(bytes)}, kept in this browser only: sync holds up to ${formatBytes(SYNC_RULES_BUDGET)}.`;
}
