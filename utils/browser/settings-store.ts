// Persistence of Settings and reader prefs in synced extension storage. Every read goes through the
// normalizers, so a corrupted or outdated stored value never reaches the UI or the pipeline.
// Custom rules and per-site choices have their own items, laid out by utils/rules-storage.ts (why: see there).
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../types';
import { describeDroppedRules, normalizeSettings } from '../settings';
import { DEFAULT_READER_PREFS, normalizeReaderPrefs, type ReaderPrefs } from '../reader-prefs';
import {
  chunkKey, isRulesSummary, layOutPart, readPart, RULES_PART, SITES_PART, type PartRead, type RulesSummary, type StoredPart,
} from '../rules-storage';
import { SETTINGS_ITEM } from './first-requests';

const SETTINGS_KEY = `sync:${SETTINGS_ITEM}` as const;
const localKey = (part: StoredPart) => `local:${part.localKey}` as const;
const readerPrefsItem = storage.defineItem<ReaderPrefs>('sync:readerPrefs', { fallback: DEFAULT_READER_PREFS });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SettingsLoad {
  settings: Settings;
  /** Said to the person when stored rules or site choices could not all be used (reset, damaged, refused); else null. */
  notice: string | null;
}

async function readStoredPart(part: StoredPart, summary: RulesSummary): Promise<PartRead> {
  if (summary.where === 'local') return readPart(summary, null, await storage.getItem<string>(localKey(part)));
  const keys = Array.from({ length: summary.chunks }, (_, i) => `sync:${chunkKey(part, i)}` as const);
  const items = keys.length ? await storage.getItems(keys) : [];
  return readPart(summary, items.map((x) => x.value), null);
}

/**
 * The settings, repaired, and what the person should be told about their stored rules and site choices.
 * `storedItem`: the settings' item already asked for (the boot script asks before this code has loaded).
 */
export async function loadSettingsReport(storedItem?: Promise<unknown>): Promise<SettingsLoad> {
  const raw = storedItem ? await storedItem : await storage.getItem<unknown>(SETTINGS_KEY);
  const r = isRecord(raw) ? raw : {};
  // Settings written before rules and site choices had their own items hold them inline.
  let stored: unknown = r.customRules;
  let sites: unknown = r.siteFilters;
  const notices: string[] = [];
  if (isRulesSummary(r.rules)) {
    const got = await readStoredPart(RULES_PART, r.rules);
    if ('value' in got && Array.isArray(got.value)) stored = got.value;
    else {
      stored = [];
      notices.push(`Your rules were reset: ${'problem' in got ? got.problem : 'the stored copy is damaged'}. Import a saved export of them to bring them back.`);
    }
  }
  if (isRulesSummary(r.sites)) {
    const got = await readStoredPart(SITES_PART, r.sites);
    if ('value' in got && !Array.isArray(got.value)) sites = got.value;
    else {
      sites = {};
      notices.push(`Your filter choices for single sites were reset: ${'problem' in got ? got.problem : 'the stored copy is damaged'}.`);
    }
  }
  const dropped = describeDroppedRules(stored);
  if (dropped) notices.push(dropped);
  return {
    settings: normalizeSettings({ ...r, customRules: stored, siteFilters: sites }),
    notice: notices.length ? notices.join(' ') : null,
  };
}

/** What the person should be told about their stored rules, read afresh (the rules panel shows it). */
export async function storedRulesNotice(): Promise<string | null> {
  return (await loadSettingsReport()).notice;
}

export async function loadSettings(storedItem?: Promise<unknown>): Promise<Settings> {
  return (await loadSettingsReport(storedItem)).settings;
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
  const { customRules, siteFilters, ...rest } = clean;
  const parts = [
    { part: RULES_PART, layout: layOutPart(RULES_PART, customRules), field: 'rules' },
    { part: SITES_PART, layout: layOutPart(SITES_PART, siteFilters), field: 'sites' },
  ] as const;
  const before = await storage.getItem<unknown>(SETTINGS_KEY);
  const oldOf = (field: string) => (isRecord(before) && isRulesSummary(before[field]) ? before[field] : null);
  // Each part first, then the summary that points at them, in one write where all are in sync.
  for (const { part, layout } of parts) if (layout.summary.where === 'local') await storage.setItem(localKey(part), layout.json);
  await storage.setItems([
    { key: SETTINGS_KEY, value: { ...rest, rules: parts[0].layout.summary, sites: parts[1].layout.summary } },
    ...parts.flatMap(({ layout }) => Object.entries(layout.chunks).map(([key, value]) => ({ key: `sync:${key}` as const, value }))),
  ]);
  for (const { part, layout, field } of parts) {
    const old = oldOf(field);
    const stale: `sync:${string}`[] = [];
    for (let i = layout.summary.chunks; i < (old?.chunks ?? 0); i++) stale.push(`sync:${chunkKey(part, i)}` as const);
    if (stale.length) await storage.removeItems(stale);
    if (layout.summary.where === 'sync' && old?.where === 'local') await storage.removeItem(localKey(part));
  }
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
