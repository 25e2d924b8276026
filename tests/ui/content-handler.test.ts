// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, setPackEnabled } from '../../utils/settings';
import { createLiveCleaner, createReaderHandler, type PageAccess } from '../../utils/tab/content-handler';
import { isReaderRequest, type SnapshotResponse } from '../../utils/tab/messages';
import { parseSnapshot, readPage } from '../../utils/tab/page-reader';
import { findLiveClutter } from '../../utils/tab/live-clutter';
import { loadFixture } from '../support/fixture-pages';

const { html, expected } = loadFixture('daily8-article');
const settings = DEFAULT_SETTINGS;
const now = Date.parse(expected.now);

/** The test environment's own document plays the live tab, so stylesheets really apply. */
function livePage(): { page: PageAccess; setUrl: (u: string) => void } {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  let current = expected.url;
  return { page: { document, url: () => current }, setUrl: (u) => (current = u) };
}
afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

function snapshotOf(res: SnapshotResponse) {
  if (!res.ok) throw new Error(`no snapshot: ${JSON.stringify(res)}`);
  return res;
}

describe('content-script handler + extension-page reader', () => {
  it('turns a snapshot into a PageResult, leaving the live page as it was', async () => {
    const { page } = livePage();
    const before = document.documentElement.outerHTML;
    const snap = snapshotOf(await createReaderHandler(page).handle({ type: 'snapshot' }));
    expect(snap.url).toBe(expected.url);
    const result = readPage(parseSnapshot(snap), settings, now).result;
    expect(result.kind).toBe('article');
    expect(result.article?.title).toBe(expected.title);
    for (const sentence of expected.mustKeep) expect(result.article?.textContent).toContain(sentence);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps the first snapshot even after the site rewrites its page', async () => {
    const { page } = livePage();
    const handler = createReaderHandler(page);
    document.body.innerHTML = '<p>Page replaced by a script</p>';
    const snap = snapshotOf(await handler.handle({ type: 'snapshot' }));
    expect(readPage(parseSnapshot(snap), settings, now).result.article?.textContent).toContain(expected.mustKeep[0]);
  });

  it('takes a new snapshot when a single-page site moves to another URL', async () => {
    const { page, setUrl } = livePage();
    const handler = createReaderHandler(page);
    document.body.innerHTML = '<main><h1>Another page</h1><p>Short.</p></main>';
    setUrl(expected.url + '-next');
    const snap = snapshotOf(await handler.handle({ type: 'snapshot' }));
    expect(snap.url).toBe(expected.url + '-next');
    expect(snap.html).toContain('Another page');
    expect(readPage(parseSnapshot(snap), settings, now).result.article?.textContent ?? '').not.toContain(expected.mustKeep[0]);
  });

  it('re-reads the same parsed snapshot with a filter switched off', async () => {
    const { page } = livePage();
    const parsed = parseSnapshot(snapshotOf(await createReaderHandler(page).handle({ type: 'snapshot' })));
    const packId = Object.keys(expected.removedAtLeast!)[0];
    const on = readPage(parsed, settings, now).result;
    const off = readPage(parsed, setPackEnabled(settings, packId, false), now).result;
    expect(on.removed.find((r) => r.filter === packId)?.count ?? 0).toBeGreaterThanOrEqual(expected.removedAtLeast![packId]);
    expect(off.removed.find((r) => r.filter === packId)).toBeUndefined();
    // Reading again with the filter on gives the first answer back: the parsed snapshot was not consumed.
    expect(readPage(parsed, settings, now).result).toEqual({ ...on, timings: expect.any(Object) });
  });

  it('reads an article a web component shows from its open shadow root', async () => {
    document.documentElement.innerHTML = '<head><title>Bridge to open next spring</title></head><body><nav><a href="/">Home</a></nav><msn-article-page></msn-article-page></body>';
    const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel.</p>`).join('');
    document.querySelector('msn-article-page')!.attachShadow({ mode: 'open' }).innerHTML = `<article><h1>Bridge to open next spring</h1>${prose}</article>`;
    const page: PageAccess = { document, url: () => 'https://www.example.com/en-us/news/bridge-to-open-next-spring/ar-AA1bcdef' };
    const result = readPage(parseSnapshot(snapshotOf(await createReaderHandler(page).handle({ type: 'snapshot' }))), settings, now).result;
    expect(result.kind).toBe('article');
    expect(result.article?.textContent).toContain('Paragraph 6: officials said on Tuesday');
  });

  it('answers ping with the page URL', async () => {
    const { page } = livePage();
    expect(await createReaderHandler(page).handle({ type: 'ping' })).toEqual({ ok: true, url: expected.url });
  });

  it('says a PDF cannot be read instead of sending it', async () => {
    const { page } = livePage();
    Object.defineProperty(document, 'contentType', { value: 'application/pdf', configurable: true });
    try {
      expect(await createReaderHandler(page).handle({ type: 'snapshot' })).toEqual({ ok: false, unreadable: 'pdf' });
    } finally {
      delete (document as { contentType?: string }).contentType;
    }
    expect(document.contentType).toBe('text/html');
  });

  /** Elements our cleaner hid: an inline display:none !important, the only mark it leaves. */
  const hiddenNow = () => Array.from(document.querySelectorAll('[style]')).filter((el) => (el as HTMLElement).style.getPropertyPriority('display') === 'important' && (el as HTMLElement).style.display === 'none');

  it('hides the clutter of the live page reversibly, without adding or removing a node, nor hiding an article sentence', async () => {
    const { page } = livePage();
    const before = document.documentElement.outerHTML;
    const count = document.getElementsByTagName('*').length;
    const cleaner = createLiveCleaner(page, findLiveClutter);
    const on = cleaner.clean(true, settings);
    if (!on.ok) throw new Error(on.error);
    expect(on.hidden).toBeGreaterThan(0);
    const hidden = hiddenNow();
    expect(hidden).toHaveLength(on.hidden);
    expect(getComputedStyle(hidden[0]).display).toBe('none');
    for (const el of hidden) for (const sentence of expected.mustKeep) expect(el.textContent).not.toContain(sentence);
    expect(document.getElementsByTagName('*').length).toBe(count);
    expect(cleaner.handle({ type: 'live-clean-state' })).toEqual({ ok: true, on: true, hidden: on.hidden });

    const off = cleaner.clean(false, settings);
    expect(off).toEqual({ ok: true, hidden: 0 });
    expect(cleaner.state()).toEqual({ ok: true, on: false, hidden: 0 });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("restores the page byte for byte: its own data-clear-news-* attributes and inline styles survive", () => {
    const { page } = livePage();
    // The page's own markup, named like ours and styled oddly on purpose (spacing, case, !important).
    const own = document.createElement('aside');
    own.setAttribute('data-clear-news-hidden', 'theirs');
    own.setAttribute('data-clear-news-style', '');
    own.setAttribute('style', 'COLOR:Red ;  display:block!important;;');
    own.textContent = 'Sponsored: download our app';
    document.body.appendChild(own);
    const plain = document.createElement('div');
    plain.textContent = 'Advertisement';
    document.body.appendChild(plain);
    const before = document.documentElement.outerHTML;

    const cleaner = createLiveCleaner(page, () => [own, plain]);
    expect(cleaner.clean(true, settings)).toEqual({ ok: true, hidden: 2 });
    expect(getComputedStyle(own).display).toBe('none');
    expect(getComputedStyle(plain).display).toBe('none');
    // Switched on twice (a filter changed): still one mark each, and off restores all.
    expect(cleaner.clean(true, settings)).toEqual({ ok: true, hidden: 2 });
    cleaner.clean(false, settings);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(own.getAttribute('style')).toBe('COLOR:Red ;  display:block!important;;');
    expect(plain.hasAttribute('style')).toBe(false);
    expect(own.getAttribute('data-clear-news-hidden')).toBe('theirs');
  });

  it('keeps a style the site set while hidden, taking back only its own declaration', () => {
    const { page } = livePage();
    const el = document.createElement('div');
    el.textContent = 'Promo';
    document.body.appendChild(el);
    const cleaner = createLiveCleaner(page, () => [el]);
    cleaner.clean(true, settings);
    el.style.color = 'blue';
    cleaner.clean(false, settings);
    expect(el.style.color).toBe('blue');
    expect(el.style.display).toBe('');
  });

  it('hides the related-story lists the reader leaves out too, and keeps them when that filter is off', async () => {
    const { page } = livePage();
    const story = expected.stories![0].title;
    const hidesStory = async (s: typeof settings) => {
      const res = createLiveCleaner(page, findLiveClutter).clean(true, s);
      if (!res.ok) throw new Error(res.error);
      const shown = hiddenNow().some((el) => el.textContent?.includes(story));
      return shown;
    };
    expect(await hidesStory(settings)).toBe(true);
    livePage();
    expect(await hidesStory(setPackEnabled(settings, 'related-lists', false))).toBe(false);
  });

  it('never hides the page root, even when a finder returns it', () => {
    const { page } = livePage();
    const res = createLiveCleaner(page, () => [document.body, document.documentElement]).clean(true, settings);
    expect(res).toEqual({ ok: true, hidden: 0 });
  });

  it('reports a finder that fails instead of throwing into the message channel', () => {
    const { page } = livePage();
    const cleaner = createLiveCleaner(page, () => {
      throw new Error('selector blew up');
    });
    expect(cleaner.clean(true, settings)).toEqual({ ok: false, error: 'selector blew up' });
    expect(cleaner.state()).toEqual({ ok: true, on: false, hidden: 0 });
  });

  it('ignores messages that are not ours', () => {
    expect(isReaderRequest({ type: 'snapshot' })).toBe(true);
    expect(isReaderRequest({ type: 'live-clean-state' })).toBe(true);
    expect(isReaderRequest({ type: 'other' })).toBe(false);
    expect(isReaderRequest('snapshot')).toBe(false);
    expect(isReaderRequest(null)).toBe(false);
  });
});
