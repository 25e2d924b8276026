// @vitest-environment jsdom
// jsdom stands in for the extension page, whose DOM checks custom selectors.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, addCustomRule, setPackEnabled, setSelectorProbeDocument } from '../../utils/settings';
import { FILTER_PACKS } from '../../utils/filters/catalog';
import {
  loadReaderPrefs, loadSettings, saveReaderPrefs, saveSettings, watchReaderPrefs,
} from '../../utils/browser/settings-store';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../../utils/reader-prefs';
import type { Settings } from '../../utils/types';

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
    await saveReaderPrefs({ theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide' });
    expect(await loadReaderPrefs()).toEqual({ theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide' });
    await fakeBrowser.storage.sync.set({ readerPrefs: { theme: 'neon', fontSize: 400, fontFamily: 42, lineWidth: 'wide' } });
    expect(await loadReaderPrefs()).toEqual({ ...DEFAULT_READER_PREFS, fontSize: 28, lineWidth: 'wide' });
  });
});
