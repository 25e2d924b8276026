import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPageHtml } from '../page-source/load-page';

export interface TrafPage {
  /** The file name without .html.gz: short, stable, and what the lists print. */
  id: string;
  url: string;
  /** Segments that belong to the main text. */
  with: string[];
  /** Boilerplate segments that must not be in it. */
  without: string[];
  /** Decoded and shaped as a browser would (scripts/page-source); read lazily so --limit and a missing file cost nothing up front. */
  html: () => string;
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
}

/** Pages of trafilatura-dev in id order, or null when the folder (or its evaldata.json) is not there. */
export function loadTrafilatura(dir: string, limit?: number): TrafPage[] | null {
  const evalPath = join(dir, 'evaldata.json');
  if (!existsSync(evalPath)) return null;
  const data = JSON.parse(readFileSync(evalPath, 'utf8')) as Record<string, EvalEntry>;
  const pages: TrafPage[] = [];
  for (const [url, entry] of Object.entries(data)) {
    const path = join(dir, 'html', entry.file);
    if (!existsSync(path)) continue;
    pages.push({
      id: entry.file.replace(/\.html?(\.gz)?$/, ''),
      url,
      with: entry.with ?? [],
      without: entry.without ?? [],
      html: () => loadPageHtml(path),
    });
  }
  pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return limit === undefined ? pages : pages.slice(0, limit);
}
