import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPageHtml } from '../page-source/load-page';

export interface AebPage {
  id: string;
  url: string;
  truth: string;
  /** Read lazily so --limit and a missing file cost nothing up front. */
  html: () => string;
}

interface GroundTruthEntry {
  url: string;
  articleBody: string;
}

/** Pages of aeb-dev in id order, or null when the folder (or its ground truth) is not there. */
export function loadAeb(dir: string, limit?: number): AebPage[] | null {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, GroundTruthEntry>;
  const pages: AebPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const htmlPath = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) continue;
    const entry = truth[id]!;
    pages.push({ id, url: entry.url, truth: entry.articleBody ?? '', html: () => loadPageHtml(htmlPath) });
  }
  return limit === undefined ? pages : pages.slice(0, limit);
}
