// Shared by the fixture tests and `npm run fixtures:update`: where the fixture pages are and how
// one is run through the pipeline, so the golden files and the tests can never disagree on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, parseHTML } from 'linkedom';
import { extractPage } from '../../utils/extract-page';
import { exportArticle, type ExportFormat } from '../../utils/export/index';
import type { PageResult } from '../../utils/types';
import type { FixtureExpected } from '../../scripts/fixtures/score-fixture';

export type { FixtureExpected };

export const PAGES_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'fixtures', 'pages');

export const GOLDEN: Record<ExportFormat, string> = { md: 'expected.md', html: 'expected.html', text: 'expected.txt' };

export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export interface FixturePage {
  slug: string;
  dir: string;
  html: string;
  expected: FixtureExpected;
}

export function loadFixture(slug: string): FixturePage {
  const dir = join(PAGES_DIR, slug);
  return {
    slug,
    dir,
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as FixtureExpected,
  };
}

export const parseWithLinkedom = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** The page through the pipeline under linkedom, at the fixture's own "now". */
export function extractFixture(page: FixturePage): PageResult {
  const doc = parseHTML(page.html).document as unknown as Document;
  return extractPage(doc, page.expected.url, {}, { now: Date.parse(page.expected.now) });
}

/** An export as the golden files hold it: exported "at" the fixture's own "now". */
export function exportFixture(result: PageResult, page: FixturePage, format: ExportFormat): string {
  return exportArticle(result, format, { parse: parseWithLinkedom, exportedAt: new Date(page.expected.now) }).content;
}
