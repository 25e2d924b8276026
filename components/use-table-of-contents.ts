import { useMemo } from 'preact/hooks';
import type { Article } from '../utils/types';
import { tableOfContents, type TocEntry } from '../utils/reader/toc';

/** The article's contents, read from its HTML (the view may still be rendering its later blocks). */
export function useTableOfContents(article: Article | null): TocEntry[] {
  const html = article?.contentHtml ?? '';
  return useMemo(() => (html ? tableOfContents(new DOMParser().parseFromString(html, 'text/html').body) : []), [html]);
}
