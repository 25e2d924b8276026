// Comments, CDATA and processing instructions in an article: a serializer writes a comment's data
// verbatim, so one whose data closes it early came back as live markup from contentHtml.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { parsePage } from '../../scripts/page-source/parse-page';
import { findExecutable } from './support/find-executable';

const PROSE = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel, and that tolls would stay at their current level.</p>`,
).join('');

const DOMS = {
  'linkedom': (html: string) => parseHTML(html).document as unknown as Document,
  'parse5 then linkedom (the CLI)': parsePage,
  'jsdom': (html: string) => new JSDOM(html).window.document,
};

const VECTORS = [
  '<!-- note --!><img src=x onerror=alert(1)> -->',
  '<![CDATA[ --><img src=x onerror=alert(2)> ]]>',
  '<?xml --><img src=x onerror=alert(3)>?>',
  '<!--><img src=x onerror=alert(4)>-->',
  '<!-- <!-- --><script>alert(5)</script> -->',
];

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it.each(VECTORS)('contentHtml of an article holding %s parses to nothing executable', (vector) => {
    const page = `<html><body><article><h1>Bridge opens next spring</h1>${PROSE.replace('</p>', `${vector}</p>`)}</article></body></html>`;
    const r = extractPage(parse(page), 'https://example.com/news/bridge');
    expect(r.kind).toBe('article');
    expect(r.article!.contentHtml).not.toContain('<!--');
    expect(findExecutable(r.article!.contentHtml, 'fragment')).toEqual([]);
  });

  it('writes no comment a script put in the page, whatever its data', () => {
    const doc = parse(`<html><body><article><h1>Bridge opens next spring</h1>${PROSE}</article></body></html>`);
    doc.querySelector('p')!.appendChild(doc.createComment('--><img src=x onerror=alert(6)><!--'));
    const r = extractPage(doc, 'https://example.com/news/bridge');
    expect(findExecutable(r.article!.contentHtml, 'fragment')).toEqual([]);
  });
});
