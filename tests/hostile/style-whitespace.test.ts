// Whitespace in style attributes: linkedom splits a style on /\s*;\s*/ when Readability reads
// `style.display`, which is quadratic in a run of whitespace (200 KB of spaces took 35 s).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { tameStyleAttributes } from '../../utils/tame-style-attributes';

const PROSE = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel, and that tolls would stay at their current level.</p>`,
).join('');

// No timing here (speed belongs in the bench): the cause is asserted instead. Before the fix the
// first cases ran for 35 s and hit the test timeout.
function read(html: string) {
  const doc = parseHTML(html).document as unknown as Document;
  return { result: extractPage(doc, 'https://example.com/news/bridge'), doc };
}

describe('whitespace in style attributes', () => {
  const CASES: [string, string][] = [
    ['200 KB of spaces in one visible block', `<div style="color: red${' '.repeat(200_000)}">The bridge, seen from the north bank.</div>`],
    ['200 KB of tabs, newlines and no-break spaces', `<div style="${'\t\n\u00a0 '.repeat(50_000)}display: block">The river at dawn.</div>`],
    ['1,000 blocks of 2 KB each', `<span style="${' '.repeat(2_000)}x">.</span>`.repeat(1_000)],
  ];
  const page = (block: string) => `<html><body><article><h1>Bridge opens next spring</h1>${block}${PROSE}</article></body></html>`;

  it.each(CASES)('reads a page with %s', (_label, block) => {
    const { result } = read(page(block));
    expect(result.kind).toBe('article');
    expect(result.article?.textContent).toContain('Paragraph 8 of the story');
  });

  it.each(CASES)("leaves no whitespace run in Readability's copy of %s", (_label, block) => {
    const doc = parseHTML(page(block)).document as unknown as Document;
    tameStyleAttributes(doc);
    const runs = Array.from(doc.querySelectorAll('[style]')).filter((el) => /\s\s/.test(el.getAttribute('style') ?? ''));
    expect(runs).toEqual([]);
  });

  it('still treats a block hidden by its style as hidden, however its whitespace runs', () => {
    const hidden = `<div style="display  :\n\n  none">HIDDEN-MARKER teaser text that is never shown to a reader of the story at all.</div>`;
    const { result } = read(`<html><body><article><h1>Bridge opens next spring</h1>${PROSE}${hidden}</article></body></html>`);
    expect(result.article?.textContent).not.toContain('HIDDEN-MARKER');
  });
});
