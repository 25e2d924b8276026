// Pure settings logic: defaults, repair of corrupted stored values, per-site overrides and custom
// rules. Storage itself lives in utils/browser/; everything here runs in Node too.
import { FILTER_PACKS, PACK_IDS } from './filters/catalog';
import { normalizeHost } from './kit/hosts';
import type { CustomRule, GroupBy, Settings } from './types';
import { lintPattern } from './filters/safe-pattern';

const GROUP_BYS: readonly GroupBy[] = ['topic', 'source', 'time'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  filters: Object.fromEntries(FILTER_PACKS.map((pack) => [pack.id, pack.defaultOn])),
  siteFilters: {},
  customRules: [],
  groupBy: 'topic',
}) as Settings;

export const MAX_CUSTOM_RULES = 500;
export const MAX_RULE_LENGTH = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanToggles(raw: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!isRecord(raw)) return out;
  for (const id of PACK_IDS) if (typeof raw[id] === 'boolean') out[id] = raw[id] as boolean;
  return out;
}

function cleanRule(raw: unknown): CustomRule | null {
  if (!isRecord(raw)) return null;
  const kind = raw.kind === 'selector' || raw.kind === 'phrase' ? raw.kind : null;
  const value = typeof raw.value === 'string' ? raw.value.trim() : '';
  if (!kind || !value || validateCustomRule(kind, value)) return null;
  const host = raw.host == null || raw.host === '' ? null : normalizeHost(String(raw.host));
  if (raw.host != null && raw.host !== '' && !host) return null;
  return {
    id: typeof raw.id === 'string' && raw.id ? raw.id.slice(0, 64) : ruleId(kind, value, host),
    kind,
    value,
    host,
    enabled: raw.enabled !== false,
  };
}

function ruleId(kind: string, value: string, host: string | null): string {
  // Stable and deterministic, so the same rule imported twice is recognised as one.
  let h = 2166136261;
  for (const ch of `${kind}\u0000${value}\u0000${host ?? ''}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `r${(h >>> 0).toString(36)}`;
}

/** Whatever was stored (nothing, garbage, an old shape), a valid Settings comes out. */
export function normalizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const siteFilters: Settings['siteFilters'] = {};
  if (isRecord(r.siteFilters)) {
    for (const [host, toggles] of Object.entries(r.siteFilters)) {
      const h = normalizeHost(host);
      const t = cleanToggles(toggles);
      if (h && Object.keys(t).length) siteFilters[h] = t;
    }
  }
  const rules: CustomRule[] = [];
  const seen = new Set<string>();
  // Capped before any rule is read: a store holding 200,000 rules costs no more than one holding 500.
  const stored = Array.isArray(r.customRules) ? r.customRules.slice(0, MAX_CUSTOM_RULES) : [];
  for (const item of stored) {
    const rule = cleanRule(item);
    if (rule && !seen.has(rule.id)) {
      seen.add(rule.id);
      rules.push(rule);
    }
  }
  return {
    filters: { ...DEFAULT_SETTINGS.filters, ...cleanToggles(r.filters) },
    siteFilters,
    customRules: rules,
    groupBy: GROUP_BYS.includes(r.groupBy as GroupBy) ? (r.groupBy as GroupBy) : DEFAULT_SETTINGS.groupBy,
  };
}

/** Turn a pack on or off everywhere (host null) or on one site only. */
export function setPackEnabled(settings: Settings, packId: string, on: boolean, host?: string | null): Settings {
  const h = normalizeHost(host ?? null);
  if (!h) return { ...settings, filters: { ...settings.filters, [packId]: on } };
  return { ...settings, siteFilters: { ...settings.siteFilters, [h]: { ...settings.siteFilters[h], [packId]: on } } };
}

/** Drop a site's override of one pack, so the global choice applies there again. */
export function clearSiteOverride(settings: Settings, packId: string, host: string): Settings {
  const h = normalizeHost(host);
  if (!h || !settings.siteFilters[h]) return settings;
  const { [packId]: _dropped, ...rest } = settings.siteFilters[h];
  const siteFilters = { ...settings.siteFilters };
  if (Object.keys(rest).length) siteFilters[h] = rest;
  else delete siteFilters[h];
  return { ...settings, siteFilters };
}

/**
 * Checks a rule a person typed; returns a message for them, or null when it is fine.
 * Selectors are parsed by the platform's own engine when one is available (browser, jsdom,
 * linkedom), so what is accepted here is exactly what the matcher can run.
 */
export function validateCustomRule(kind: CustomRule['kind'], value: string, parseSelector = defaultSelectorCheck): string | null {
  const v = value.trim();
  if (!v) return kind === 'selector' ? 'Enter a CSS selector, e.g. .promo-box' : 'Enter a phrase to hide, e.g. Download our app';
  if (v.length > MAX_RULE_LENGTH) return `Too long: at most ${MAX_RULE_LENGTH} characters.`;
  if (kind === 'phrase') return checkPhrase(v);
  if (/^(html|body|head|\*|:root)$/i.test(v)) return 'That selector would hide the whole page.';
  return parseSelector(v) ?? checkSelectorNamesMoreThanText(v);
}

function checkPhrase(v: string): string | null {
  const pattern = /^\/(.+)\/$/.exec(v);
  if (pattern) {
    const why = lintPattern(pattern[1]);
    return why ? `The pattern ${v.slice(0, 60)} is refused: ${why}.` : null;
  }
  return v.replace(/[^\p{L}\p{N}]/gu, '').length < 2 ? 'A phrase needs at least two letters or digits.' : null;
}

/** Elements that hold the article's own text: a selector naming only these (p, body *, article p) hides the article. */
const TEXT_HOLDERS = new Set(['*', 'html', 'body', 'main', 'article', 'section', 'div', 'p', 'span', 'font', 'b', 'i', 'em', 'strong']);

/**
 * A selector of element names alone, ending on one that holds text (`p`, `div`, `body *`,
 * `article p`), matches the article's paragraphs themselves. The matcher would also leave such a
 * rule out on a page where it takes the article (apply-filters.ts); refusing it here says why.
 */
function checkSelectorNamesMoreThanText(v: string): string | null {
  for (const part of v.split(',')) {
    if (/[.#[:]/.test(part)) continue;
    const last = part.trim().split(/[\s>+~]+/).filter(Boolean).pop()?.toLowerCase();
    if (last && TEXT_HOLDERS.has(last)) {
      return `"${v}" would hide the article's own text (every ${last === '*' ? 'element' : `<${last}>`}): add a class, id or attribute, e.g. ${last === '*' ? 'div' : last}.promo`;
    }
  }
  return null;
}

let probeDocument: Document | null = null;
/**
 * The DOM whose selector engine checks custom rules: each caller with a DOM hands it in at start
 * (the extension pages, the live-page cleaner, the CLI). Without one, selectors are not checked
 * here and the matcher skips any it cannot run.
 */
export function setSelectorProbeDocument(doc: Document): void {
  probeDocument = doc;
}

function defaultSelectorCheck(selector: string): string | null {
  const doc = probeDocument;
  if (!doc) return null;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return `"${selector}" is not a valid CSS selector.`;
  }
}

export type RuleChange = { settings: Settings } | { error: string };

export function addCustomRule(settings: Settings, kind: CustomRule['kind'], value: string, host: string | null): RuleChange {
  const error = validateCustomRule(kind, value);
  if (error) return { error };
  const h = host ? normalizeHost(host) : null;
  if (host && !h) return { error: `"${host}" is not a site name.` };
  const rule: CustomRule = { id: ruleId(kind, value.trim(), h), kind, value: value.trim(), host: h, enabled: true };
  if (settings.customRules.some((r) => r.id === rule.id)) return { error: 'You already have this rule.' };
  if (settings.customRules.length >= MAX_CUSTOM_RULES) return { error: `At most ${MAX_CUSTOM_RULES} rules.` };
  return { settings: { ...settings, customRules: [...settings.customRules, rule] } };
}

export function removeCustomRule(settings: Settings, id: string): Settings {
  return { ...settings, customRules: settings.customRules.filter((r) => r.id !== id) };
}

export function toggleCustomRule(settings: Settings, id: string, enabled: boolean): Settings {
  return { ...settings, customRules: settings.customRules.map((r) => (r.id === id ? { ...r, enabled } : r)) };
}

/** Names a stored or imported rule that cleanRule refuses, and says why. */
function refusal(item: unknown, i: number): string {
  const value = isRecord(item) && typeof item.value === 'string' ? item.value : JSON.stringify(item);
  const why = isRecord(item) && (item.kind === 'selector' || item.kind === 'phrase') ? validateCustomRule(item.kind, String(item.value ?? '')) : 'kind must be "selector" or "phrase"';
  return `Rule ${i + 1} (${String(value).slice(0, 60)}) is invalid: ${why ?? 'bad host'}.`;
}

/**
 * What normalizeSettings leaves out of a stored rule list, said for a person: null when it keeps
 * them all (duplicates aside), else how many went and the first one named.
 */
export function describeDroppedRules(stored: unknown): string | null {
  if (!Array.isArray(stored)) return null;
  const dropped: number[] = [];
  for (const [i, item] of stored.slice(0, MAX_CUSTOM_RULES).entries()) if (!cleanRule(item)) dropped.push(i);
  const over = Math.max(0, stored.length - MAX_CUSTOM_RULES);
  if (!dropped.length && !over) return null;
  const first = dropped.length ? ` ${refusal(stored[dropped[0]], dropped[0])}` : '';
  const beyond = over ? ` ${over} beyond the limit of ${MAX_CUSTOM_RULES} were left out.` : '';
  return `${dropped.length + over} of your stored rules could not be used.${first}${beyond}`;
}

export function exportCustomRules(settings: Settings): string {
  const rules = settings.customRules.map(({ kind, value, host, enabled }) => ({ kind, value, host, enabled }));
  return JSON.stringify({ format: 'clear-news-reader/rules', version: 1, rules }, null, 2);
}

/** Adds the rules in `json` to the existing ones; on any problem, says what and changes nothing. */
export function importCustomRules(settings: Settings, json: string): RuleChange & { added?: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { error: `Not valid JSON: ${(e as Error).message}` };
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed.rules) ? parsed.rules : null;
  if (!list) return { error: 'Expected a list of rules ({"rules": [...]}).' };
  // Refused before any rule is read: checking 200,000 rules one by one would hold the page for seconds.
  if (list.length > MAX_CUSTOM_RULES) return { error: `The file holds ${list.length} rules; at most ${MAX_CUSTOM_RULES} can be kept. Nothing was imported.` };
  const next = [...settings.customRules];
  const ids = new Set(next.map((r) => r.id));
  for (const [i, item] of list.entries()) {
    const rule = cleanRule(isRecord(item) ? { ...item, id: undefined } : item);
    if (!rule) return { error: `${refusal(item, i)} Nothing was imported.` };
    if (!ids.has(rule.id)) {
      ids.add(rule.id);
      next.push(rule);
    }
  }
  if (next.length > MAX_CUSTOM_RULES) {
    return { error: `At most ${MAX_CUSTOM_RULES} rules: you have ${settings.customRules.length}, the file adds ${next.length - settings.customRules.length}. Nothing was imported.` };
  }
  return { settings: { ...settings, customRules: next }, added: next.length - settings.customRules.length };
}
