// Every fixture page also runs in variants that change nothing a reader sees (hashed class and id
// names, extra wrapper divs, attribute order, whitespace, <b> for <strong>) and must give the same
// kind, title, article text and stories as the page itself: a rule that keys on a site's markup
// habits instead of what the reader sees fails here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../utils/extract-page';
import type { PageResult } from '../utils/types';
import { fixtureSlugs, loadFixture } from './support/fixture-pages';
import { VARIANTS, variantOf, type VariantName } from './support/reader-invisible-variants';

/**
 * (fixture, variant) pairs known to differ, each with its cause. Keep this short: every entry is a
 * place where the pipeline reads markup a reader does not see.
 */
const KNOWN: Record<string, string> = {};

/** What a reader gets from a page: compared as text, so spacing does not matter. */
function readerView(result: PageResult) {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return {
    kind: result.kind,
    title: norm(result.title),
    text: norm(result.kind === 'article' ? result.article?.textContent : ''),
    stories: result.related.groups
      .flatMap((g) => g.stories)
      .map((s) => `${norm(s.title)} | ${norm(s.source)}`)
      .sort(),
  };
}

function extract(html: string, url: string, now: number): PageResult {
  return extractPage(parseHTML(html).document as unknown as Document, url, { now });
}

describe.each(fixtureSlugs())('%s in reader-invisible variants', (slug) => {
  const page = loadFixture(slug);
  const now = Date.parse(page.expected.now);
  const original = readerView(extract(page.html, page.expected.url, now));

  it.each(VARIANTS as VariantName[])('%s gives the same article and stories', (variant) => {
    const got = readerView(extract(variantOf(page.html, variant), page.expected.url, now));
    if (KNOWN[`${slug}/${variant}`]) {
      // A known difference must still be one: when it goes away, the entry has to go too.
      expect(got).not.toEqual(original);
      return;
    }
    expect(got).toEqual(original);
  });
});
