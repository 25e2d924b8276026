import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tableOfContents, TOC_MIN_HEADINGS } from '../../utils/reader/toc';

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

describe('tableOfContents', () => {
  it('lists the headings in order, indented by level, with their index among all headings', () => {
    const toc = tableOfContents(body(`
      <p>Lede</p><h2>Background</h2><p>…</p><h3>The  first
      talks</h3><p>…</p><h2>What comes next</h2><h3>Markets</h3>`));
    expect(toc).toEqual([
      { index: 0, depth: 0, text: 'Background' },
      { index: 1, depth: 1, text: 'The first talks' },
      { index: 2, depth: 0, text: 'What comes next' },
      { index: 3, depth: 1, text: 'Markets' },
    ]);
  });

  it(`gives nothing for fewer than ${TOC_MIN_HEADINGS} headings with text`, () => {
    expect(tableOfContents(body('<h2>One</h2><p>x</p><h2>Two</h2>'))).toEqual([]);
    // An empty heading (an icon, a spacer) is no entry and does not count.
    expect(tableOfContents(body('<h2>One</h2><h2>  </h2><h2>Two</h2>'))).toEqual([]);
  });

  it('keeps counting empty headings in the index, so the view finds the right one', () => {
    const toc = tableOfContents(body('<h2></h2><h2>A</h2><h2>B</h2><h2>C</h2>'));
    expect(toc.map((e) => e.index)).toEqual([1, 2, 3]);
  });

  it('indents a skipped level by one step only, and starts from the highest level present', () => {
    const toc = tableOfContents(body('<h3>Top</h3><h5>Deep</h5><h6>Deeper</h6><h3>Back</h3><h4>Sub</h4>'));
    expect(toc.map((e) => e.depth)).toEqual([0, 1, 2, 0, 1]);
  });

  it('clips a very long heading', () => {
    const long = 'word '.repeat(60);
    const toc = tableOfContents(body(`<h2>${long}</h2><h2>B</h2><h2>C</h2>`));
    expect(toc[0].text.length).toBeLessThanOrEqual(120);
    expect(toc[0].text.endsWith('…')).toBe(true);
  });
});
