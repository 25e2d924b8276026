// What the pipeline knows about a page (PageContext), the extraction time handed in as an option
// rather than a setting, and the removal planner the reader and the live-page cleaner share.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findLiveClutter } from '../../utils/tab/live-clutter';
import { extractPage } from '../../utils/extract-page';
import { pageContextOf } from '../../utils/page-context';
import { normalizeSettings } from '../../utils/settings';
import { loadFixture } from '../support/fixture-pages';

const DAY = 86_400_000;
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('PageContext', () => {
  it('keys per-site settings on the host without "www.", and names the site by the label before its suffix', () => {
    const now = Date.parse('2025-08-07T12:00:00Z');
    expect(pageContextOf('https://www.msn.com/en-us/news/world/x', { lang: 'en-us', now })).toEqual({
      url: 'https://www.msn.com/en-us/news/world/x',
      baseUrl: 'https://www.msn.com/en-us/news/world/x',
      host: 'msn.com',
      siteKey: 'msn',
      lang: 'en-us',
      now,
    });
    expect(pageContextOf('https://news.bbc.co.uk/a', { now })).toMatchObject({ host: 'news.bbc.co.uk', siteKey: 'bbc', lang: null });
    expect(pageContextOf('http://fakehost/test/page.html', { now })).toMatchObject({ host: null, siteKey: 'fakehost' });
    expect(pageContextOf('not a url', { now })).toMatchObject({ host: null, siteKey: '' });
  });

  it("resolves links against the page's <base href>, as a browser does, and against its address without one", () => {
    const now = 0;
    const url = 'https://news.example/topics/CAAq?hl=en';
    expect(pageContextOf(url, { now, base: 'https://news.example/' }).baseUrl).toBe('https://news.example/');
    expect(pageContextOf(url, { now, base: '../' }).baseUrl).toBe('https://news.example/');
    expect(pageContextOf(url, { now, base: 'javascript:alert(1)' }).baseUrl).toBe(url);
    expect(pageContextOf(url, { now, base: 'http://[' }).baseUrl).toBe(url);
    expect(pageContextOf(url, { now }).baseUrl).toBe(url);
  });
});

describe('the extraction time', () => {
  it('is an option of the run: cards\' relative ages are read against it', () => {
    const page = loadFixture('daily8-article');
    const at = (now: number) => extractPage(parse(page.html), page.expected.url, {}, { now }).related.groups.flatMap((g) => g.stories);
    const now = Date.parse(page.expected.now);
    const [today, tomorrow] = [at(now), at(now + DAY)];
    const dated = today.filter((s) => s.timeText && s.publishedTime);
    expect(dated.length).toBeGreaterThan(0);
    for (const s of dated) {
      const later = tomorrow.find((t) => t.url === s.url)!;
      expect(Date.parse(later.publishedTime!) - Date.parse(s.publishedTime!)).toBe(DAY);
    }
  });

  it('is not a setting: a stored value carrying one loses it', () => {
    expect(normalizeSettings({ groupBy: 'source', now: 123 })).not.toHaveProperty('now');
  });
});

describe('the removal planner', () => {
  it('gives the live page the blocks the reader leaves out, story lists and clutter alike', () => {
    const page = loadFixture('daily8-article');
    const now = Date.parse(page.expected.now);
    const doc = parse(page.html);
    const hidden = findLiveClutter(doc, page.expected.url, {}, { now });
    const reader = extractPage(doc, page.expected.url, {}, { now });
    // The reader logs every block it leaves out (and the clutter of other packs inside them).
    const logged = reader.removed.reduce((n, r) => n + r.count, 0);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThanOrEqual(logged);
    // What the live page hides, the reader's article does not hold; the article's own sentences are never hidden.
    const article = reader.article!.textContent.replace(/\s+/g, ' ');
    for (const el of hidden) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length >= 60) expect(article).not.toContain(text.slice(0, 60));
    }
    expect(hidden.some((el) => el.textContent?.includes(reader.related.groups[0].stories[0].title))).toBe(true);
    expect(hidden.some((el) => page.expected.mustKeep.some((s) => el.textContent?.includes(s)))).toBe(false);
  });
});
