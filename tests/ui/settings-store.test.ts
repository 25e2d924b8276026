// @vitest-environment jsdom
// jsdom stands in for the extension page, whose DOM checks custom selectors.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, addCustomRule, setPackEnabled, setSelectorProbeDocument } from '../../utils/settings';
import { FILTER_PACKS } from '../../utils/filters/catalog';
import {
  loadReaderPrefs, loadSettings, loadSettingsReport, saveReaderPrefs, saveSettings, watchReaderPrefs,
} from '../../utils/browser/settings-store';
import type { RulesSummary } from '../../utils/rules-storage';
import { CHROME_SYNC, enforceChromeQuotas, syncBytesInUse } from '../support/storage-quotas';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../../utils/reader-prefs';
import type { CustomRule, Settings } from '../../utils/types';

describe('settings store', () => {
  // As the extension pages do at start (entrypoints/*/main.tsx).
  beforeAll(() => setSelectorProbeDocument(document));
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    const s = await loadSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(s.filters).sort()).toEqual(FILTER_PACKS.map((p) => p.id).sort());
  });

  it('round-trips toggles, site overrides, custom rules and grouping', async () => {
    let s: Settings = setPackEnabled(DEFAULT_SETTINGS, 'comments', false);
    s = setPackEnabled(s, 'ads', false, 'www.msn.com');
    const added = addCustomRule(s, 'phrase', 'Download our app', null);
    if ('error' in added) throw new Error(added.error);
    s = { ...added.settings, groupBy: 'source' };
    // Fields Settings does not have are not stored: the extraction clock, for one, is not a preference.
    await saveSettings({ ...s, now: 123 } as Settings);

    const back = await loadSettings();
    expect(back.filters.comments).toBe(false);
    expect(back.siteFilters).toEqual({ 'msn.com': { ads: false } });
    expect(back.customRules).toHaveLength(1);
    expect(back.customRules[0]).toMatchObject({ kind: 'phrase', value: 'Download our app', host: null, enabled: true });
    expect(back.groupBy).toBe('source');
    expect(back).not.toHaveProperty('now');
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).not.toHaveProperty('now');
  });

  it('reads the same from the settings item the boot script already fetched, the rules still from their own items', async () => {
    const added = addCustomRule({ ...DEFAULT_SETTINGS, groupBy: 'source' }, 'phrase', 'Download our app', null);
    if ('error' in added) throw new Error(added.error);
    await saveSettings(added.settings);
    const item = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(await loadSettings(Promise.resolve(item))).toEqual(await loadSettings());
    expect((await loadSettings(Promise.resolve(item))).customRules[0]).toMatchObject({ value: 'Download our app' });
    expect(await loadSettings(Promise.resolve(undefined))).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a settings value that is not an object at all', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid parts of a partly corrupted value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        filters: { comments: false, ads: 'yes', 'no-such-pack': true },
        siteFilters: { 'MSN.com': { ads: false }, '': { ads: false }, 'yahoo.com': 7 },
        customRules: [
          { kind: 'selector', value: '.promo', host: null, enabled: true },
          { kind: 'selector', value: 'div[', host: null, enabled: true },
          { kind: 'banana', value: 'x' },
          42,
        ],
        groupBy: 'colour',
      },
    });
    const s = await loadSettings();
    expect(s.filters.comments).toBe(false);
    expect(s.filters.ads).toBe(DEFAULT_SETTINGS.filters.ads);
    expect(s.filters).not.toHaveProperty('no-such-pack');
    expect(s.siteFilters).toEqual({ 'msn.com': { ads: false } });
    expect(s.customRules.map((r) => r.value)).toEqual(['.promo']);
    expect(s.groupBy).toBe(DEFAULT_SETTINGS.groupBy);
  });

  it('tells reader-prefs watchers about changes, already repaired, until unwatched', async () => {
    const seen: ReaderPrefs[] = [];
    const unwatch = watchReaderPrefs((p) => seen.push(p));
    await fakeBrowser.storage.sync.set({ readerPrefs: { theme: 'dark', fontSize: 3 } });
    unwatch();
    await fakeBrowser.storage.sync.set({ readerPrefs: { theme: 'sepia' } });
    expect(seen).toEqual([{ ...DEFAULT_READER_PREFS, theme: 'dark', fontSize: 14 }]);
  });

  it('round-trips and repairs reader prefs', async () => {
    expect(await loadReaderPrefs()).toEqual(DEFAULT_READER_PREFS);
    await saveReaderPrefs({ theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 'loose' });
    expect(await loadReaderPrefs()).toEqual({ theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 'loose' });
    await fakeBrowser.storage.sync.set({ readerPrefs: { theme: 'neon', fontSize: 400, fontFamily: 42, lineWidth: 'wide', lineHeight: 3 } });
    expect(await loadReaderPrefs()).toEqual({ ...DEFAULT_READER_PREFS, fontSize: 28, lineWidth: 'wide' });
  });
});

describe('custom rules in storage, under Chrome\'s quotas', () => {
  beforeAll(() => setSelectorProbeDocument(document));
  let undo: () => void = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    undo = enforceChromeQuotas();
  });
  afterEach(() => undo());

  const rule = (i: number, kind: CustomRule['kind'], value: string, host: string | null = null): CustomRule => ({ id: `t${i}`, kind, value, host, enabled: i % 7 !== 3 });
  /** What people write: short class selectors and app-banner phrases, a third of them for one site. */
  const realistic = (n: number): CustomRule[] => Array.from({ length: n }, (_, i) =>
    i % 2 ? rule(i, 'selector', `.promo-box-${i} > .cta`, i % 3 ? null : 'msn.com') : rule(i, 'phrase', `Download our app for more stories ${i}`, i % 3 ? null : 'yahoo.com'));
  /** As long as a rule may be, in characters that take 2 to 4 bytes each. */
  const maximal = (n: number): CustomRule[] => Array.from({ length: n }, (_, i) => {
    const tail = `${i}`.padStart(3, '0');
    return i % 2
      ? rule(i, 'selector', `.x${tail}${'a'.repeat(500 - 5)}`)
      : rule(i, 'phrase', `${tail} ${'é中'.repeat(120)}${'😀'.repeat(6)}`.padEnd(500, 'ü'));
  });
  /** The summary saveSettings keeps next to the other settings in sync. */
  const summary = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { rules: RulesSummary }).rules;
  const withRules = (rules: CustomRule[]): Settings => ({ ...setPackEnabled(DEFAULT_SETTINGS, 'comments', false), customRules: rules });

  it('saves 100 short rules that once overflowed the one 8 KB sync item', async () => {
    const s = withRules(realistic(100));
    await saveSettings(s);
    const back = await loadSettingsReport();
    expect(back.notice).toBeNull();
    expect(back.settings.customRules).toEqual(s.customRules);
  });

  it('saves and reloads exactly 500 realistic rules, in sync, under every sync quota', async () => {
    const s = withRules(realistic(500));
    expect(JSON.stringify(s.customRules).length).toBeGreaterThan(CHROME_SYNC.QUOTA_BYTES_PER_ITEM * 3);
    await saveSettings(s);
    const back = await loadSettingsReport();
    expect(back).toEqual({ settings: s, notice: null });
    expect(await summary()).toMatchObject({ where: 'sync', count: 500 });
    expect(await syncBytesInUse()).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES);
  });

  it('saves and reloads exactly 500 rules of the maximal length, on this device, with a small summary in sync', async () => {
    const s = withRules(maximal(500));
    expect(s.customRules.every((r) => r.value.length === 500)).toBe(true);
    await saveSettings(s);
    const back = await loadSettingsReport();
    expect(back.notice).toBeNull();
    expect(back.settings.customRules).toEqual(s.customRules);
    expect(await summary()).toMatchObject({ where: 'local', chunks: 0, count: 500 });
    expect(await syncBytesInUse()).toBeLessThan(2000);
  });

  it('moves the rules back to sync when they fit again, leaving nothing stale behind', async () => {
    await saveSettings(withRules(realistic(500)));
    await saveSettings(withRules(maximal(300)));
    await saveSettings(withRules(realistic(20)));
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(sync).sort()).toEqual(['rules0', 'settings', 'sites0']);
    expect(await fakeBrowser.storage.local.get('rules')).toEqual({ rules: undefined });
    expect((await loadSettings()).customRules).toEqual(realistic(20));
  });

  it('keeps saves in order when the person changes rules faster than storage writes', async () => {
    await Promise.all([saveSettings(withRules(realistic(500))), saveSettings(withRules(realistic(10))), saveSettings(withRules(realistic(400)))]);
    const back = await loadSettingsReport();
    expect(back.notice).toBeNull();
    expect(back.settings.customRules).toEqual(realistic(400));
  });

  it('resets the rules with a clear message when a synced part is missing or damaged, and keeps the other settings', async () => {
    await saveSettings(withRules(realistic(300)));
    expect((await summary()).chunks).toBeGreaterThan(2);
    await fakeBrowser.storage.sync.remove('rules1');
    let back = await loadSettingsReport();
    expect(back.settings.customRules).toEqual([]);
    expect(back.settings.filters.comments).toBe(false);
    expect(back.notice).toMatch(/^Your rules were reset: only \d+ of the \d+ synced parts arrived/);

    await saveSettings(withRules(realistic(300)));
    const part = (await fakeBrowser.storage.sync.get('rules0')).rules0 as string;
    await fakeBrowser.storage.sync.set({ rules0: part.replace('promo', 'pramo') });
    back = await loadSettingsReport();
    expect(back.settings.customRules).toEqual([]);
    expect(back.notice).toMatch(/damaged or half-updated/);
  });

  it('says so when the rules were kept on another device', async () => {
    await saveSettings(withRules(maximal(500)));
    await fakeBrowser.storage.local.clear();
    const back = await loadSettingsReport();
    expect(back.settings.customRules).toEqual([]);
    expect(back.notice).toMatch(/kept on this device and are not here/);
  });

  it('still reads rules stored inline by the earlier layout', async () => {
    await fakeBrowser.storage.sync.set({ settings: { customRules: [{ kind: 'selector', value: '.promo', host: null, enabled: true }] } });
    expect((await loadSettings()).customRules.map((r) => r.value)).toEqual(['.promo']);
  });

  /** Per-site choices as a person makes them: one or two packs switched on a site, for `n` sites. */
  const siteChoices = (n: number): Settings['siteFilters'] => Object.fromEntries(Array.from({ length: n }, (_, i) =>
    [`news-site-${i}.example.com`, (i % 2 ? { ads: false } : { comments: false, 'app-download': true }) as Record<string, boolean>]));
  const sitesSummary = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { sites: RulesSummary }).sites;

  it('saves and reloads the choices of 2,000 sites beside 500 rules, under every sync quota', async () => {
    const s: Settings = { ...withRules(realistic(500)), siteFilters: siteChoices(2_000) };
    expect(JSON.stringify(s.siteFilters).length).toBeGreaterThan(CHROME_SYNC.QUOTA_BYTES_PER_ITEM * 10);
    await saveSettings(s);
    const back = await loadSettingsReport();
    expect(back).toEqual({ settings: s, notice: null });
    expect(await sitesSummary()).toMatchObject({ where: 'local', chunks: 0, count: 2_000 });
    expect(await summary()).toMatchObject({ where: 'sync', count: 500 });
    expect(await syncBytesInUse()).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES);
  });

  it('keeps the choices of a few dozen sites in sync, and moves them back there when they shrink', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, siteFilters: siteChoices(2_000) });
    await saveSettings({ ...DEFAULT_SETTINGS, siteFilters: siteChoices(60) });
    expect(await sitesSummary()).toMatchObject({ where: 'sync', count: 60 });
    expect(await fakeBrowser.storage.local.get('siteFilters')).toEqual({ siteFilters: undefined });
    expect((await loadSettings()).siteFilters).toEqual(siteChoices(60));
  });

  it('resets the site choices with a clear message when their stored copy is damaged, keeping the rules and toggles', async () => {
    await saveSettings({ ...withRules(realistic(20)), siteFilters: siteChoices(60) });
    const part = (await fakeBrowser.storage.sync.get('sites0')).sites0 as string;
    await fakeBrowser.storage.sync.set({ sites0: part.replace('news-site-1', 'news-site-9') });
    const back = await loadSettingsReport();
    expect(back.settings.siteFilters).toEqual({});
    expect(back.settings.customRules).toEqual(realistic(20));
    expect(back.settings.filters.comments).toBe(false);
    expect(back.notice).toMatch(/^Your filter choices for single sites were reset: the stored copy is damaged or half-updated\.$/);
  });

  it('still reads site choices stored inline by the earlier layout', async () => {
    await fakeBrowser.storage.sync.set({ settings: { siteFilters: { 'www.msn.com': { ads: false } } } });
    expect((await loadSettings()).siteFilters).toEqual({ 'msn.com': { ads: false } });
  });

  it('names the first stored rule it cannot use', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { customRules: [{ kind: 'phrase', value: 'Get the app', enabled: true }, { kind: 'phrase', value: '/^(\\w+) and \\1$/', enabled: true }] },
    });
    const back = await loadSettingsReport();
    expect(back.settings.customRules.map((r) => r.value)).toEqual(['Get the app']);
    expect(back.notice).toMatch(/^1 of your stored rules could not be used\. Rule 2 \(\/\^\(\\w\+\) and \\1\$\/\) is invalid: .*back-references/);
  });

  it('caps 200,000 stored rules before reading them', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'selector', value: `.promo-${i} > div.cta:not(.x)`, host: null, enabled: true }));
    undo(); // no browser would have stored this much; a hand-edited store or another program could
    await fakeBrowser.storage.sync.set({ settings: { customRules: many } });
    // The cause, not a time: each selector checked costs a parse, and only the first 500 are checked
    // (once to keep them, once to tell which were dropped).
    const checks = vi.spyOn(document, 'createDocumentFragment');
    const back = await loadSettingsReport();
    expect(back.settings.customRules).toHaveLength(500);
    expect(back.notice).toMatch(/199500 beyond the limit of 500/);
    expect(checks.mock.calls.length).toBeLessThanOrEqual(2 * 500);
    checks.mockRestore();
  }, 60_000); // the fake storage copies all 200,000 on the way in and out: that is the slow part
});
