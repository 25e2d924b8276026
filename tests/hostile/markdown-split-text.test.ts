// A "<" that ends one text node and a word that starts the next meet in the Markdown file: every "<" is escaped.
import { DOMParser, parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { exportArticle } from '../../utils/export/index';
import { extractPage } from '../../utils/extract-page';
import { findExecutableMarkdown } from './support/find-executable';

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story: officials said on Tuesday that the new bridge would open next spring, after two years of delays.</p>`).join('');

it('escapes a "<" split from the word after it by an element boundary', () => {
  const doc = parseHTML(`<html><body><article><h1>Bridge opens next spring</h1>${PROSE}<p>Photo <span>&lt;</span>Maren Okafor onerror=x and more</p></article></body></html>`).document as unknown as Document;
  const result = extractPage(doc, 'https://example.com/news/bridge');
  const md = exportArticle(result, 'md', { parse: (h) => new DOMParser().parseFromString(h, 'text/html') as unknown as Document, exportedAt: new Date(0) }).content;
  expect(md).toContain('\\<Maren');
  expect(findExecutableMarkdown(md)).toEqual([]);
});
