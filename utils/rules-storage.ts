// How a person's rules and per-site filter choices are laid out in extension storage. Pure: the
// reads and writes are in utils/browser/settings-store.ts.
//
// Chrome's storage.sync holds at most 8,192 bytes per item and 102,400 in all; the UI allows 500
// rules of up to 500 characters, which can be 250 KB, and a person who switches filters on many
// sites grows the per-site choices without bound. So each of the two is written as one JSON text
// cut into chunks of sync items while it fits its share of the sync quota (most people's do, and
// they follow the person to other devices), and to storage.local otherwise (Chrome: 10 MB), with a
// summary in sync saying where it is. Either way every save fits, and the summary's count and
// digest tell a complete copy from a partial or corrupted one.

/** Chrome's storage.sync limits (Firefox's are the same or larger). */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
/** Share of the sync quota rules may take: the rest is left to the site choices, the toggles and reader prefs. */
export const SYNC_RULES_BUDGET = 90_000;
/** Share of the sync quota the per-site choices may take (about a hundred sites); the toggles and reader prefs need under 2 KB. */
export const SYNC_SITES_BUDGET = 8_000;
/** Room each chunk leaves under the per-item limit, for the key and the JSON quotes. */
const CHUNK_BYTES = SYNC_QUOTA_BYTES_PER_ITEM - 192;

/** A setting stored in chunks: the prefix of its sync keys, the sync bytes it may take, its storage.local key. */
export interface StoredPart {
  prefix: string;
  budget: number;
  localKey: string;
}

export const RULES_PART: StoredPart = { prefix: 'rules', budget: SYNC_RULES_BUDGET, localKey: 'rules' };
export const SITES_PART: StoredPart = { prefix: 'sites', budget: SYNC_SITES_BUDGET, localKey: 'siteFilters' };

/** Where a part is and how to know it when read back; kept in sync storage with the other settings. */
export interface RulesSummary {
  where: 'sync' | 'local';
  /** Sync items holding the part's JSON (0 when it is in storage.local). */
  chunks: number;
  /** Its rules, or its sites. */
  count: number;
  /** Hash of the part's JSON text. */
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

export const chunkKey = (part: StoredPart, i: number): string => `${part.prefix}${i}`;

export interface RulesLayout {
  summary: RulesSummary;
  /** The sync items to write, by key (empty when the part goes to storage.local). */
  chunks: Record<string, string>;
  /** The part's JSON text, for storage.local when summary.where is 'local'. */
  json: string;
  bytes: number;
}

const countOf = (value: readonly unknown[] | Record<string, unknown>): number => (Array.isArray(value) ? value.length : Object.keys(value).length);

/** Where and how a part is stored: in sync chunks while it fits its budget, else in storage.local. */
export function layOutPart(part: StoredPart, value: readonly unknown[] | Record<string, unknown>): RulesLayout {
  const json = JSON.stringify(value);
  const digest = digestOf(json);
  const count = countOf(value);
  // A part far over its budget is not cut at all: the 500 longest rules take 250 KB or more.
  if (json.length > part.budget) {
    return { summary: { where: 'local', chunks: 0, count, digest }, chunks: {}, json, bytes: utf8Length(json) };
  }
  const pieces = cutIntoChunks(json);
  const chunks: Record<string, string> = {};
  let bytes = 0;
  pieces.forEach((piece, i) => {
    chunks[chunkKey(part, i)] = piece;
    bytes += storedBytes(chunkKey(part, i), piece);
  });
  const fits = bytes <= part.budget && pieces.length < SYNC_MAX_ITEMS / 2 - 8;
  const summary: RulesSummary = { where: fits ? 'sync' : 'local', chunks: fits ? pieces.length : 0, count, digest };
  return { summary, chunks: fits ? chunks : {}, json, bytes };
}

export const layOutRules = (rules: readonly unknown[]): RulesLayout => layOutPart(RULES_PART, rules);

export type PartRead = { value: unknown } | { problem: string };
export type RulesRead = { rules: unknown[] } | { problem: string };

/** The rules back from their stored pieces, checked against the summary; a problem says what is wrong, for a person. */
export function readRules(summary: RulesSummary, pieces: readonly unknown[] | null, local: unknown): RulesRead {
  const got = readPart(summary, pieces, local);
  if ('problem' in got) return got;
  return Array.isArray(got.value) ? { rules: got.value } : { problem: 'the stored copy is damaged' };
}

/** A part back from its stored pieces (or its storage.local copy), checked against the summary. */
export function readPart(summary: RulesSummary, pieces: readonly unknown[] | null, local: unknown): PartRead {
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
    const value = JSON.parse(json) as unknown;
    const shaped = Array.isArray(value) || (typeof value === 'object' && value !== null);
    if (!shaped || countOf(value as unknown[]) !== summary.count) return { problem: 'the stored copy is damaged' };
    return { value };
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
