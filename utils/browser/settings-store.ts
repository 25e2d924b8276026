// Persistence of Settings and reader prefs in synced extension storage. Every read goes through the
// normalizers, so a corrupted or outdated stored value never reaches the UI or the pipeline.
// Custom rules have their own items, laid out by utils/rules-storage.ts (why: see there).
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../types';
import { describeDroppedRules, normalizeSettings } from '../settings';
import { DEFAULT_READER_PREFS, normalizeReaderPrefs, type ReaderPrefs } from '../reader-prefs';
import { chunkKey, isRulesSummary, layOutRules, readRules, type RulesRead, type RulesSummary } from '../rules-storage';

const SETTINGS_KEY = 'sync:settings';
const LOCAL_RULES_KEY = 'local:rules';
const readerPrefsItem = storage.defineItem<ReaderPrefs>('sync:readerPrefs', { fallback: DEFAULT_READER_PREFS });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SettingsLoad {
  settings: Settings;
  /** Said to the person when stored rules could not all be used (reset, damaged, refused); else null. */
  notice: string | null;
}

async function readStoredRules(summary: RulesSummary): Promise<RulesRead> {
  if (summary.where === 'local') return readRules(summary, null, await storage.getItem<string>(LOCAL_RULES_KEY));
  const keys = Array.from({ length: summary.chunks }, (_, i) => `sync:${chunkKey(i)}` as const);
  const items = keys.length ? await storage.getItems(keys) : [];
  return readRules(summary, items.map((x) => x.value), null);
}

/** The settings, repaired, and what the person should be told about their stored rules. */
export async function loadSettingsReport(): Promise<SettingsLoad> {
  const raw = await storage.getItem<unknown>(SETTINGS_KEY);
  const r = isRecord(raw) ? raw : {};
  // Settings written before rules had their own items hold them inline, as customRules.
  let stored: unknown = r.customRules;
  let notice: string | null = null;
  if (isRulesSummary(r.rules)) {
    const got = await readStoredRules(r.rules);
    if ('rules' in got) stored = got.rules;
    else {
      stored = [];
      notice = `Your rules were reset: ${got.problem}. Import a saved export of them to bring them back.`;
    }
  }
  return { settings: normalizeSettings({ ...r, customRules: stored }), notice: notice ?? describeDroppedRules(stored) };
}

/** What the person should be told about their stored rules, read afresh (the rules panel shows it). */
export async function storedRulesNotice(): Promise<string | null> {
  return (await loadSettingsReport()).notice;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsReport()).settings;
}

/** Saves run one after another: a later save's clean-up must not remove chunks an earlier one is still writing. */
let saving: Promise<unknown> = Promise.resolve();

export function saveSettings(settings: Settings): Promise<Settings> {
  const run = saving.then(() => writeSettings(settings));
  saving = run.catch(() => undefined);
  return run;
}

async function writeSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  const { customRules, ...rest } = clean;
  const layout = layOutRules(customRules);
  const before = await storage.getItem<unknown>(SETTINGS_KEY);
  const old = isRecord(before) && isRulesSummary(before.rules) ? before.rules : null;
  // The rules first, then the summary that points at them, in one write where both are in sync.
  if (layout.summary.where === 'local') await storage.setItem(LOCAL_RULES_KEY, layout.json);
  await storage.setItems([
    { key: SETTINGS_KEY, value: { ...rest, rules: layout.summary } },
    ...Object.entries(layout.chunks).map(([key, value]) => ({ key: `sync:${key}` as const, value })),
  ]);
  const stale: `sync:${string}`[] = [];
  for (let i = layout.summary.chunks; i < (old?.chunks ?? 0); i++) stale.push(`sync:${chunkKey(i)}` as const);
  if (stale.length) await storage.removeItems(stale);
  if (layout.summary.where === 'sync' && old?.where === 'local') await storage.removeItem(LOCAL_RULES_KEY);
  return clean;
}

export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  return normalizeReaderPrefs(await readerPrefsItem.getValue());
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<ReaderPrefs> {
  const clean = normalizeReaderPrefs(prefs);
  await readerPrefsItem.setValue(clean);
  return clean;
}

/** Calls `cb` with the repaired prefs whenever another reader tab (or device, through sync) changes them; returns the unwatch. */
export function watchReaderPrefs(cb: (prefs: ReaderPrefs) => void): () => void {
  return readerPrefsItem.watch((value) => cb(normalizeReaderPrefs(value)));
}
