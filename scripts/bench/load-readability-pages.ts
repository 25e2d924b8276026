import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPageHtml } from '../page-source/load-page';
import { readGzipText } from './gunzip-text';

/** The URL the Readability test pages were saved with. */
export const READABILITY_PAGES_URL = 'http://fakehost/test/page.html';

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

export interface ReadabilityPage {
  id: string;
  metadata: ExpectedMetadata;
  html: () => string;
  expectedHtml: () => string;
}

/** Test-case folders of readability-pages in name order, or null when the folder is not there. */
export function loadReadabilityPages(dir: string, limit?: number): ReadabilityPage[] | null {
  if (!existsSync(dir)) return null;
  const pages: ReadabilityPage[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    const source = join(folder, 'source.html.gz');
    const expected = join(folder, 'expected.html.gz');
    const meta = join(folder, 'expected-metadata.json');
    if (!existsSync(source) || !existsSync(expected) || !existsSync(meta)) continue;
    pages.push({
      id: entry.name,
      metadata: JSON.parse(readFileSync(meta, 'utf8')) as ExpectedMetadata,
      html: () => loadPageHtml(source),
      expectedHtml: () => readGzipText(expected),
    });
  }
  pages.sort((a, b) => a.id.localeCompare(b.id));
  return limit === undefined ? pages : pages.slice(0, limit);
}
