// Blocks as a reader sees paragraphs: one per block element or double <br>, with the kind of
// element they sit in and how much of them is links.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '../../utils/second-opinion/segment-blocks';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

describe.each(Object.entries(DOMS))('segmentBlocks under %s', (_name, parse) => {
  it('makes one block per paragraph and joins inline text', () => {
    const doc = parse('<html><body><div><p>One <b>bold</b> line.</p><p>Two <a href="/x">linked</a>.</p>Loose text</div></body></html>');
    const blocks = segmentBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual(['One bold line.', 'Two linked.', 'Loose text']);
    expect(blocks[1]!.linkChars).toBe('linked'.length);
    expect(blocks[2]!.el.localName).toBe('div');
    expect(blocks.map((b) => b.offset)).toEqual([0, 14, 25]);
  });

  it('splits on a double <br> but not a single one', () => {
    const doc = parse('<html><body><td>First line<br>same paragraph<br>\n<br>Second paragraph</td></body></html>');
    expect(segmentBlocks(doc.body).map((b) => b.text)).toEqual(['First line same paragraph', 'Second paragraph']);
  });

  it('names the kind of element a block sits in', () => {
    const doc = parse(
      '<html><body><h2>Title</h2><ul><li>Item</li></ul><table><tr><td>Cell</td></tr></table><figure><figcaption>Caption</figcaption></figure><pre>code()</pre><blockquote>Quote</blockquote></body></html>',
    );
    expect(segmentBlocks(doc.body).map((b) => [b.text, b.kind])).toEqual([
      ['Title', 'heading'],
      ['Item', 'list'],
      ['Cell', 'table'],
      ['Caption', 'caption'],
      ['code()', 'code'],
      ['Quote', 'quote'],
    ]);
  });

  it('leaves out scripts, hidden elements and the elements it is told to skip', () => {
    const doc = parse(
      '<html><body><p>Kept</p><script>var x = 1;</script><p hidden>Hidden</p><p style="display: none">Gone</p><div id="ad"><p>Skipped</p></div></body></html>',
    );
    const skip = new Set([doc.getElementById('ad')!]);
    expect(segmentBlocks(doc.body, skip).map((b) => b.text)).toEqual(['Kept']);
  });
});

// jsdom's own parser is too slow on such a page for a unit test; the walk is the same code.
it('walks a page nested thousands of levels deep without exhausting the stack (linkedom)', () => {
  const parse = DOMS.linkedom;
  const depth = 5000;
  const doc = parse(`<html><body>${'<div>'.repeat(depth)}<p>Deep text</p>${'</div>'.repeat(depth)}</body></html>`);
  expect(segmentBlocks(doc.body).map((b) => b.text)).toEqual(['Deep text']);
});
