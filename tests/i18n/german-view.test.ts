// @vitest-environment jsdom
// With the browser's interface in German, the words the pipeline makes read German too: a filter's
// name and description, the filters named at a place in the article, and why a page has no article.
// The browser's i18n API is played by the German catalogue, substituting $1… as browsers do.
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackRow } from '../../components/PackRow';
import { NoArticle } from '../../components/NoArticle';
import { RemovalMarker } from '../../components/RemovalMarker';
import { FILTER_PACKS } from '../../utils/filters/catalog';
import type { PageResult } from '../../utils/types';
import { mount, unmount } from '../support/mount';

vi.mock('../../utils/browser/i18n', async () => {
  const { default: de } = await import('../../public/_locales/de/messages.json');
  const catalogue: Record<string, { message: string }> = de;
  return {
    browserMessage: (key: string, subs: string[]) =>
      catalogue[key]?.message.replace(/\$(\d|\$)/g, (_: string, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? ''))),
  };
});

afterEach(unmount);

const appDownload = FILTER_PACKS.find((p) => p.id === 'app-download')!;
const none = (cause: PageResult['cause']): PageResult => ({
  kind: 'none', reason: 'English reason', cause, title: null, article: null, related: { groups: [] }, removed: [], timings: {},
});

describe('PackRow in German', () => {
  it('names and describes the pack in German, the reset button too', () => {
    const removal = { filter: appDownload.id, label: appDownload.label, count: 2, samples: ['Get the app'] };
    const el = mount(h(PackRow, { pack: appDownload, on: true, overridden: true, host: 'msn.com', removal, onToggle: () => {}, onResetSite: () => {} }));
    expect(el.querySelector('.pack-label')!.textContent).toBe('App-Download-Aufforderungen');
    expect(el.querySelector('.pack-desc')!.textContent).toBe('Banner, Overlays und Hinweise, die zum Installieren oder Öffnen der App der Website auffordern.');
    expect(el.querySelector('.pack-override button')!.getAttribute('aria-label')).toBe('Für App-Download-Aufforderungen auf msn.com die Wahl für alle Websites verwenden');
    expect(el.textContent).not.toContain(appDownload.label);
  });
});

describe('RemovalMarker in German', () => {
  it('names the filters by their ids in German, and a person’s own rules too', () => {
    const block = (filter: string, label: string) => ({ filter, label, state: 'removed' as const, text: 'x', readabilityDrops: false });
    const el = mount(h(RemovalMarker, { blocks: [block('app-download', 'App-download pushes'), block('custom', 'Your rules')], showRemoved: true }));
    expect(el.querySelector('.removed-filters')!.textContent).toBe('· App-Download-Aufforderungen, Eigene Regeln');
    expect([...el.querySelectorAll('.removed-filter')].map((s) => s.textContent)).toEqual(['App-Download-Aufforderungen', 'Eigene Regeln']);
  });
});

describe('NoArticle in German', () => {
  it('says why in German, with German digit grouping', () => {
    const el = mount(h(NoArticle, { result: none({ code: 'too-large', elements: 150_010, limit: 150_000 }), groupBy: 'topic', onGroupByChange: () => {} }));
    expect(el.querySelector('h1')!.textContent).toBe('Kein Artikel gefunden');
    expect(el.querySelector('h1 + p')!.textContent).toBe('Diese Seite ist zu groß, um sie sauber zu lesen (150.010 Elemente; die Grenze liegt bei 150.000).');
  });

  it('keeps an error’s own message as it came, inside the German sentence', () => {
    const el = mount(h(NoArticle, { result: none({ code: 'failed', message: 'x is not a function' }), groupBy: 'topic', onGroupByChange: () => {} }));
    expect(el.querySelector('h1 + p')!.textContent).toBe('Diese Seite konnte nicht gelesen werden: x is not a function');
  });

  it('says the stage that ran over in its own name, and the times in German digits', () => {
    const el = mount(h(NoArticle, { result: none({ code: 'over-budget', stage: 'readability', ms: 21_004, budgetMs: 20_000 }), groupBy: 'topic', onGroupByChange: () => {} }));
    expect(el.querySelector('h1 + p')!.textContent).toBe('Das Lesen dieser Seite hat zu lange gedauert: Der Schritt „readability“ brauchte 21.004 ms (erlaubt sind 20.000 ms).');
  });
});

describe('why a tab could not be read, in German', () => {
  it('words each tab error by its code, with its detail, and leaves any other error its own words', async () => {
    const { errorText } = await import('../../components/error-text');
    const { TabError } = await import('../../utils/tab/tab-error');
    expect(errorText(new TabError('tab-closed'))).toBe('Dieser Tab ist geschlossen. Öffnen Sie die Seite erneut und versuchen Sie es noch einmal.');
    expect(errorText(new TabError('not-a-tab-id', 'x7'))).toBe('„x7“ ist keine Tab-Kennung.');
    expect(new TabError('not-a-tab-id', 'x7').message).toBe('"x7" is not a tab id.');
    expect(errorText(new Error('Could not establish connection.'))).toBe('Could not establish connection.');
  });
});
