// On a very large page Readability makes one pass: its retries (a whole new pass each time the text
// it found is short) cost seconds there. Seen through Readability's own record of failed attempts.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DENSITY_ONLY_ELEMENTS, extractPage, ONE_PASS_ELEMENTS } from '../../utils/extract-page';

// A short article: under Readability's 500 characters, so it tries again with its rules relaxed.
const ARTICLE = `<article><h1>Ferry back in service</h1><p>The island ferry sailed again on Friday after three weeks of repairs to its propeller shaft, the operator said.</p></article>`;
const page = (filler: number) =>
  parseHTML(`<!DOCTYPE html><html><head><title>Ferry back in service</title></head><body>${ARTICLE}<div hidden>${'<i></i>'.repeat(filler)}</div></body></html>`)
    .document as unknown as Document;

/** Readability's failed attempts in each run of this extraction (its main run first). */
function attemptsOf(doc: Document): number[] {
  const parse = vi.spyOn(Readability.prototype, 'parse');
  extractPage(doc, 'https://ferries.example/news/2025/ferry-back', {}, { explainRemovals: false });
  return parse.mock.contexts.map((r) => (r as unknown as { _attempts: unknown[] })._attempts.length);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Readability on a very large page', () => {
  it('retries on a short page of ordinary size', () => {
    expect(attemptsOf(page(10))[0]).toBeGreaterThan(0);
  });

  it(`makes one pass on a page of more than ${ONE_PASS_ELEMENTS} elements, and still finds the article`, () => {
    const doc = page(ONE_PASS_ELEMENTS);
    expect(attemptsOf(doc)[0]).toBe(0);
    const r = extractPage(page(ONE_PASS_ELEMENTS), 'https://ferries.example/news/2025/ferry-back', {}, { explainRemovals: false });
    expect(r.article?.textContent).toContain('The island ferry sailed again on Friday');
  });

  it(`leaves a page of more than ${DENSITY_ONLY_ELEMENTS} elements to the density method alone, which finds the article`, () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    // The density method wants paragraphs of prose (over 200 characters, as jusText does), as an article of a page this size has.
    const prose = [
      'The island ferry sailed again on Friday after three weeks of repairs to its propeller shaft, the operator said in a statement to passengers.',
      'Islanders had relied on a small chartered boat that carried no cars, and the only shop on the island ran short of fresh milk and bread for days.',
      'The harbour master expects the timetable to settle by the end of the month, once the spare parts that were ordered from Norway have arrived.',
      'A council member said the repairs showed why the island needs a second vessel, a plan that has waited for money from the regional budget since 2019.',
      'The operator apologised for the disruption and said season tickets would be extended by three weeks at no cost to those who hold them.',
    ];
    const paragraph = (i: number) => `<p>${prose[i]} ${prose[(i + 2) % prose.length]}</p>`;
    const doc = parseHTML(
      `<!DOCTYPE html><html><head><title>Ferry back in service</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
        `<article><h1>Ferry back in service</h1>${[0, 1, 2, 3, 4].map(paragraph).join('')}</article>` +
        `<div hidden>${'<i></i>'.repeat(DENSITY_ONLY_ELEMENTS)}</div></body></html>`,
    ).document as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const r = extractPage(doc, 'https://ferries.example/news/2025/ferry-back', {}, { explainRemovals: false });
    expect(parse).not.toHaveBeenCalled();
    expect(r.kind).toBe('article');
    expect(r.article?.textContent).toContain('The island ferry sailed again on Friday');
    expect(r.article?.textContent).toContain('season tickets would be extended');
    // The page's own document made the article's nodes, and its tree is as it was.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
