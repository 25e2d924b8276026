import { describe, expect, it } from 'vitest';
import { exportArticle } from '../../utils/export/index.ts';
import { toHtmlDocument } from '../../utils/export/to-html.ts';
import { toMarkdown } from '../../utils/export/to-markdown.ts';
import { toText } from '../../utils/export/to-text.ts';
import { EXPORTED_AT, makeResult, parse, RELATED } from './make-result.ts';

const options = { parse, exportedAt: EXPORTED_AT };

describe('exportArticle', () => {
  it.each([
    ['md', 'Storm hits the coast.md', 'text/markdown;charset=utf-8'],
    ['html', 'Storm hits the coast.html', 'text/html;charset=utf-8'],
    ['text', 'Storm hits the coast.txt', 'text/plain;charset=utf-8'],
  ] as const)('%s: file name and MIME type', (format, fileName, mimeType) => {
    const file = exportArticle(makeResult(), format, options);
    expect(file.fileName).toBe(fileName);
    expect(file.mimeType).toBe(mimeType);
  });

  it('returns what the format function returns', () => {
    const result = makeResult({}, RELATED);
    const opts = { ...options, includeRelated: true, theme: 'dark' as const };
    expect(exportArticle(result, 'md', opts).content).toBe(toMarkdown(result, opts));
    expect(exportArticle(result, 'html', opts).content).toBe(toHtmlDocument(result, opts));
    expect(exportArticle(result, 'text', opts).content).toBe(toText(result, opts));
  });

  it('names a file after the listing title, or "article" when there is none', () => {
    const listing = { ...makeResult(null, RELATED), title: 'Top stories: World' };
    expect(exportArticle(listing, 'md', options).fileName).toBe('Top stories World.md');
    expect(exportArticle(makeResult(null), 'text', options).fileName).toBe('article.txt');
  });

  it('runs for a page with no article at all', () => {
    const none = { ...makeResult(null), reason: 'No article found' };
    expect(exportArticle(none, 'text', options).content).toBe('Untitled\n');
    expect(exportArticle(none, 'md', options).content).toBe('---\ntitle: "Untitled"\nexported: "2025-03-04T05:06:07.000Z"\n---\n\n# Untitled\n');
    expect(exportArticle(none, 'html', options).content).toContain('<h1>Untitled</h1>');
  });

  it('is pure: the same input gives the same output and the input is untouched', () => {
    const result = makeResult({ contentHtml: '<p>a <a href="/x">b</a></p><script>x</script>' }, RELATED);
    const before = JSON.stringify(result);
    const first = exportArticle(result, 'html', options).content;
    expect(exportArticle(result, 'html', options).content).toBe(first);
    expect(JSON.stringify(result)).toBe(before);
  });
});
