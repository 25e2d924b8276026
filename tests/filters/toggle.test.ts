// Turning a pack off gives its blocks back: the pack removes nothing, the article keeps every
// must-keep sentence, and blocks the article itself holds (a sign-up box between paragraphs)
// reappear. (Readability may still drop a block it judges not to be content; that is its call.)
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { extractFixture, fixtureSlugs, loadFixture } from '../support/fixture-pages';
import { norm } from '../../scripts/fixtures/score-fixture';
import { parseHTML } from 'linkedom';


describe.each(fixtureSlugs())('%s', (slug) => {
  const page = loadFixture(slug);
  const base = extractFixture(page);
  const run = (packId: string) =>
    extractPage(parseHTML(page.html).document as unknown as Document, page.expected.url, { filters: { [packId]: false } }, { now: Date.parse(page.expected.now) });

  for (const { filter } of base.removed) {
    it(`with ${filter} off, ${filter} removes nothing and the article stays whole`, () => {
      const off = run(filter);
      expect(off.removed.find((r) => r.filter === filter)).toBeUndefined();
      const text = norm(off.article?.textContent ?? '');
      expect(page.expected.mustKeep.filter((s) => !text.includes(norm(s)))).toEqual([]);
    });
  }
});

describe('blocks inside the article come back', () => {
  it.each([
    ['live-blog-with-embeds', 'newsletter', 'Sign up for Weather Alerts'],
    ['yahoo-article', 'teasers', 'Read more: Heat wave returns to Pacific Northwest'],
  ])('%s: %s off shows "%s" again', (slug, packId, text) => {
    const page = loadFixture(slug);
    const on = extractFixture(page);
    const off = extractPage(parseHTML(page.html).document as unknown as Document, page.expected.url, { filters: { [packId]: false } }, { now: Date.parse(page.expected.now) });
    expect(on.article?.textContent).not.toContain(text);
    expect(off.article?.textContent).toContain(text);
  });
});
