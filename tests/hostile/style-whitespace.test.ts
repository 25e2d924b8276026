// Whitespace in style attributes: linkedom splits a style on /\s*;\s*/ when Readability reads
// `style.display`, which is quadratic in a run of whitespace (200 KB of spaces took 35 s).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';

const PROSE = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel, and that tolls would stay at their current level.</p>`,
).join('');

function timed(html: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const t = performance.now();
  const result = extractPage(doc, 'https://example.com/news/bridge');
  return { result, ms: performance.now() - t };
}

describe('whitespace in style attributes', () => {
  // The bound is generous for a shared machine: the page takes about 10 ms, and took 35 s.
  it.each([
    ['200 KB of spaces in one visible block', `<div style="color: red${' '.repeat(200_000)}">The bridge, seen from the north bank.</div>`],
    ['200 KB of tabs, newlines and no-break spaces', `<div style="${'\t\n\u00a0 '.repeat(50_000)}display: block">The river at dawn.</div>`],
    ['1,000 blocks of 2 KB each', `<span style="${' '.repeat(2_000)}x">.</span>`.repeat(1_000)],
  ])('reads a page with %s in well under a second', (_label, block) => {
    const { result, ms } = timed(`<html><body><article><h1>Bridge opens next spring</h1>${block}${PROSE}</article></body></html>`);
    expect(result.kind).toBe('article');
    expect(result.article?.textContent).toContain('Paragraph 8 of the story');
    expect(ms).toBeLessThan(1_500);
  });

  it('still treats a block hidden by its style as hidden, however its whitespace runs', () => {
    const hidden = `<div style="display  :\n\n  none">HIDDEN-MARKER teaser text that is never shown to a reader of the story at all.</div>`;
    const { result } = timed(`<html><body><article><h1>Bridge opens next spring</h1>${PROSE}${hidden}</article></body></html>`);
    expect(result.article?.textContent).not.toContain('HIDDEN-MARKER');
  });
});
