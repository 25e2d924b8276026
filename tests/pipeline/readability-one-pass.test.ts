// On a very large page Readability makes one pass: its retries (a whole new pass each time the text
// it found is short) cost seconds there. Seen through Readability's own record of failed attempts.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage, ONE_PASS_ELEMENTS } from '../../utils/extract-page';

// A short article: under Readability's 500 characters, so it tries again with its rules relaxed.
const ARTICLE = `<article><h1>Ferry back in service</h1><p>The island ferry sailed again on Friday after three weeks of repairs to its propeller shaft, the operator said.</p><p>Extra crossings run this weekend.</p></article>`;
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
});
