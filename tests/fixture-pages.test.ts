// Every fixture page, run through the pipeline under both DOM implementations, checked against
// its reviewed expected.json (see tests/fixtures/README.md for the format). The checks themselves
// live in scripts/fixtures/score-fixture.ts, which `npm run score` prints as figures.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../utils/extract-page';
import { scoreFixture } from '../scripts/fixtures/score-fixture';
import { fixtureSlugs, loadFixture } from './support/fixture-pages';
import { KNOWN_GROUPING_MISSES } from './support/known-grouping-misses';

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
    const score = scoreFixture(expected, result);

    it('leaves the given document untouched', () => {
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('finds the right kind of page and its metadata', () => {
      expect([...score.kindAndTitle.wrong, ...score.metadata.wrong]).toEqual([]);
    });

    it('keeps every must-keep sentence', () => {
      expect(score.mustKeep.wrong).toEqual([]);
    });

    it('leaves no clutter in the article', () => {
      expect(score.clutterLeft.wrong).toEqual([]);
    });

    it('records what each filter removed', () => {
      expect(score.removedCounts.wrong).toEqual([]);
    });

    it('lists the related stories once each, with publisher and age, and no ads', () => {
      expect({ missing: score.storiesFound.wrong, sources: score.storySources.wrong, ages: score.storyAges.wrong }).toEqual({ missing: [], sources: [], ages: [] });
      expect({ twice: score.duplicateStories.wrong, ads: score.sponsoredListed.wrong }).toEqual({ twice: [], ads: [] });
    });

    it('groups stories about the same thing together, and no different subjects (but the known misses)', () => {
      const known = KNOWN_GROUPING_MISSES[slug];
      expect({ apart: score.sameGroup.wrong, together: score.notSameGroup.wrong }).toEqual({ apart: known?.apart ?? [], together: known?.together ?? [] });
    });
  });
});

describe('known grouping misses', () => {
  it('name only fixture pages, each with its cause', () => {
    const slugs = new Set(fixtureSlugs());
    for (const [slug, miss] of Object.entries(KNOWN_GROUPING_MISSES)) {
      expect(slugs.has(slug), slug).toBe(true);
      expect(miss.cause.length, slug).toBeGreaterThan(20);
      expect((miss.apart?.length ?? 0) + (miss.together?.length ?? 0), slug).toBeGreaterThan(0);
    }
  });
});
