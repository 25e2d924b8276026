// The checker the hostile suite relies on: it must flag what a browser would run, and not what it would not.
import { describe, expect, it } from 'vitest';
import { findExecutable, findExecutableMarkdown } from './support/find-executable';
import { VECTORS, type Family } from './support/vectors';

/** Families whose vectors run as written; the others aim at a serializer, a converter or a filter. */
const DIRECT: Family[] = ['script', 'handler', 'url-scheme', 'srcdoc-frame', 'base-meta', 'svg-mathml', 'css', 'entity-case'];

describe('findExecutable', () => {
  it('flags every vector that runs as written', () => {
    const missed = VECTORS.filter((v) => DIRECT.includes(v.family) && !v.inertRaw && !findExecutable(v.html, 'fragment').length);
    expect(missed.map((v) => v.html)).toEqual([]);
  });

  it('flags what a serializer or a parser differential would make live once written naively', () => {
    expect(findExecutable('<!-- a --><img src=x onerror=alert(1)> -->', 'fragment')).toHaveLength(1);
    expect(findExecutable('<xmp></xmp><img src=x onerror=alert(1)>', 'fragment')).toHaveLength(1);
    expect(findExecutable('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'fragment')[0]).toMatchObject({ kind: 'url' });
    expect(findExecutable('<img srcset="https://e.com/a.jpg 1x, javascript:alert(1) 2x">', 'fragment')[0]).toMatchObject({ kind: 'url' });
    expect(findExecutable('<template><img src=x onerror=alert(1)></template>', 'fragment')[0]).toMatchObject({ kind: 'handler' });
  });

  it('passes ordinary article HTML and a whole document of ours', () => {
    const article = '<p lang="en">Text <a href="https://example.com/a?b=1#c">link</a> <a href="#part-2">part 2</a> <a href="mailto:desk@example.com">desk</a></p>' +
      '<figure><img src="https://example.com/a.jpg" alt="javascript:alert(1)" title="onerror"><figcaption>Caption</figcaption></figure>' +
      '<img src="data:image/png;base64,iVBORw0KGgo="><p>Some text about &lt;script&gt; tags and onerror=alert(1) handlers.</p><pre><code>&lt;img onerror&gt;</code></pre>';
    expect(findExecutable(article, 'fragment')).toEqual([]);
    const doc = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
      `<link rel="canonical" href="https://example.com/"><style>body{margin:0}</style></head><body><main id="m">${article}</main></body></html>`;
    expect(findExecutable(doc, 'document')).toEqual([]);
    expect(findExecutable('<p id="x">a</p>', 'fragment')[0]).toMatchObject({ kind: 'clobber' });
  });

  it('takes only "on" and letters for a handler: no event name has a hyphen', () => {
    // Plain text with a stray "<p" before "studio and one-bedroom units" reads as an attribute.
    expect(findExecutable('<p"x" studio and one-bedroom units>', 'fragment')).toEqual([]);
    expect(findExecutable('<p onpointerrawupdate="x">', 'fragment')[0]).toMatchObject({ kind: 'handler' });
    expect(findExecutable('<svg><set onbegin="alert(1)"/></svg>', 'fragment')).toContainEqual(expect.objectContaining({ kind: 'handler' }));
  });
});

describe('findExecutableMarkdown', () => {
  it.each([
    ['[x](javascript:alert(1))', true],
    ['![x](  <javascript:alert(1)>)', true],
    ['[x](java&#115;cript:alert(1))', true],
    ['[ref]: javascript:alert(1)', true],
    ['<javascript:alert(1)>', true],
    ['text <img src=x onerror=alert(1)> text', true],
    ['[x](https://example.com/a_(b))', false],
    ['\\[x\\](javascript:alert(1))', false],
    ['\\<img src=x onerror=alert(1)>', false],
    ['`<img src=x onerror=alert(1)>`', false],
    ['```\n<script>alert(1)</script>\n```', false],
    ['<https://example.com/>', false],
  ])('%j: unsafe %s', (md, unsafe) => expect(findExecutableMarkdown(md).length > 0).toBe(unsafe));
});
