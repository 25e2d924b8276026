// Every fixture page, run through the pipeline under both DOM implementations, checked against
// its reviewed expected.json (see tests/fixtures/README.md for the format).
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../utils/extract-page';
import { fixtureSlugs, loadFixture } from './support/fixture-pages';
import { norm } from './support/norm';

const DOMS: Record<string, (html: string, url: string) => Document> = {
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  jsdom: (html, url) => new JSDOM(html, { url }).window.document,
};

describe.each(Object.keys(DOMS))('fixture pages under %s', (domName) => {
  describe.each(fixtureSlugs())('%s', (slug) => {
    const { html, expected } = loadFixture(slug);
    const doc = DOMS[domName](html, expected.url);
    const before = doc.documentElement.outerHTML;
    const result = extractPage(doc, expected.url, {}, { now: Date.parse(expected.now) });
    // A page that is not an article shows no article text (its best effort waits behind "show anyway").
    const text = norm(result.kind === 'article' ? result.article?.textContent ?? '' : '');
    const stories = result.related.groups.flatMap((g) => g.stories);

    it('leaves the given document untouched', () => {
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('finds the right kind of page and its metadata', () => {
      expect({ kind: result.kind, title: result.title }).toEqual({ kind: expected.kind, title: expected.title });
      const a = result.article;
      for (const field of ['source', 'siteName', 'byline', 'publishedTime'] as const) {
        if (expected[field] !== undefined && expected.kind === 'article') expect({ [field]: a?.[field] ?? null }).toEqual({ [field]: expected[field] });
      }
    });

    it('keeps every must-keep sentence', () => {
      const missing = expected.mustKeep.filter((s) => !text.includes(norm(s)));
      expect(missing).toEqual([]);
    });

    it('leaves no clutter in the article', () => {
      const left = expected.mustNotContain.filter((s) => text.includes(norm(s)));
      expect(left).toEqual([]);
    });

    it('records what each filter removed', () => {
      const counts = Object.fromEntries(result.removed.map((r) => [r.filter, r.count]));
      const short = Object.entries(expected.removedAtLeast ?? {}).filter(([pack, n]) => (counts[pack] ?? 0) < n);
      expect(short.map(([pack, n]) => `${pack}: ${counts[pack] ?? 0} < ${n}`)).toEqual([]);
    });

    it('lists the related stories once each, with publisher and age, and no ads', () => {
      const byTitle = new Map(stories.map((s) => [norm(s.title), s]));
      const got = (expected.stories ?? []).map((e) => {
        const s = byTitle.get(norm(e.title));
        return { title: e.title, source: s ? s.source : 'MISSING', ...(e.timeText !== undefined ? { timeText: s ? s.timeText : 'MISSING' } : {}) };
      });
      expect(got).toEqual((expected.stories ?? []).map((e) => ({ title: e.title, source: e.source, ...(e.timeText !== undefined ? { timeText: e.timeText } : {}) })));
      const titles = stories.map((s) => norm(s.title));
      expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
      const ads = (expected.notStories ?? []).filter((t) => titles.includes(norm(t)));
      expect(ads).toEqual([]);
    });

    it('groups stories about the same thing together', () => {
      const groupOf = (title: string) => result.related.groups.findIndex((g) => g.stories.some((s) => norm(s.title) === norm(title)));
      for (const set of expected.sameGroup ?? []) {
        const groups = set.map(groupOf);
        expect({ set, groups: groups.map((g) => g !== -1 && g === groups[0]) }).toEqual({ set, groups: set.map(() => true) });
      }
    });
  });
});
