// Every way a page ends without an article names its cause as data, beside the English reason: the
// view words the cause in the interface's language (components/no-article-text.ts). The large and
// deep pages are in robustness.test.ts and the stage budget in stage-budget.test.ts.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { reasonInEnglish } from '../../utils/no-article-reason';
import { causeText } from '../../components/no-article-text';
import type { NoArticleCause } from '../../utils/types';

const page = (body: string) => parseHTML(`<html><head><title>x</title></head><body>${body}</body></html>`).document as unknown as Document;
const URL = 'https://example.com/news/a';

describe('the cause of a page without an article', () => {
  it('is not-html for something that is no document', () => {
    const r = extractPage(null as unknown as Document, URL);
    expect(r).toMatchObject({ kind: 'none', cause: { code: 'not-html' }, reason: 'This is not an HTML page.' });
  });

  it('is no-body for a document without <body> (an SVG file)', () => {
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', { contentType: 'image/svg+xml' }).window.document;
    const r = extractPage(svg, URL);
    expect(r).toMatchObject({ kind: 'none', cause: { code: 'no-body' }, reason: 'This page has no body.' });
  });

  it('is no-text for a page with nothing to read', () => {
    const r = extractPage(page('  <div> </div> '), URL);
    expect(r).toMatchObject({ kind: 'none', cause: { code: 'no-text' }, reason: 'This page has no text.' });
  });

  it('is no-article for a page read whole that holds no article, which stays attached', () => {
    const r = extractPage(page('<p>Hello there, a short note.</p>'), URL);
    expect(r).toMatchObject({ kind: 'none', cause: { code: 'no-article' }, reason: 'No article found on this page.' });
    expect(r.article?.textContent).toContain('short note');
  });

  it('is failed, with the error’s own message, when reading throws', () => {
    const doc = page('<p>Hello there, a short note.</p>');
    Object.defineProperty(doc, 'createElement', { get() { throw new Error('createElement is broken'); } });
    const r = extractPage(doc, URL);
    expect(r).toMatchObject({ kind: 'none', cause: { code: 'failed', message: 'createElement is broken' }, reason: 'Could not read this page: createElement is broken' });
  });

  it('is absent when there is an article or a listing', () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding.</p>`).join('');
    const r = extractPage(page(`<h1>Bridge opens next spring</h1>${prose}`), URL);
    expect(r.kind).toBe('article');
    expect([r.reason, r.cause]).toEqual([undefined, undefined]);
  });
});

describe('the English of a cause', () => {
  // Every code once: the Record's type fails to compile when a code is added and left out here.
  const causes: Record<NoArticleCause['code'], NoArticleCause> = {
    'no-article': { code: 'no-article' },
    'not-html': { code: 'not-html' },
    'no-body': { code: 'no-body' },
    'no-text': { code: 'no-text' },
    'too-large': { code: 'too-large', elements: 150_010, limit: 150_000 },
    'too-deep': { code: 'too-deep', depth: 1502, limit: 400 },
    'over-budget': { code: 'over-budget', stage: 'readability', ms: 21_004, budgetMs: 20_000 },
    failed: { code: 'failed', message: 'x is not a function' },
  };

  it.each(Object.values(causes).map((c) => [c.code, c] as const))('%s: the view’s English is the pipeline’s, its numbers grouped', (_code, cause) => {
    const view = causeText(cause);
    expect(view.replace(/(\d),(\d{3})/g, '$1$2')).toBe(reasonInEnglish(cause));
  });

  it('writes the view’s numbers in local digits and the error’s message as it came', () => {
    expect(causeText(causes['too-large'])).toBe('This page is too large to read cleanly (150,010 elements; the limit is 150,000).');
    expect(causeText({ code: 'failed', message: 'Limit 1000 hit' })).toBe('Could not read this page: Limit 1000 hit');
  });
});
