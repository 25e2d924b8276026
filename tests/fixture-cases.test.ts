// Small focused cases, one behaviour each: tests/fixtures/cases/<area>--<behaviour>/ holds
// source.html and expected.json (see tests/fixtures/README.md). Each runs under linkedom as the CLI
// parses a page (scripts/page-source) and under jsdom.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../scripts/page-source/parse-page';
import { extractPage } from '../utils/extract-page';
import type { PageResult } from '../utils/types';

interface CaseExpected {
  note: string;
  url: string;
  now?: string;
  kind: PageResult['kind'];
  title?: string | null;
  mustKeep: string[];
  mustNotContain: string[];
  /** Titles of the related stories, every one of them (order not significant). */
  stories?: string[];
  /** The article's original publisher, author and date, when the case is about them. */
  source?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

const CASES = join(fileURLToPath(import.meta.url), '..', 'fixtures', 'cases');
const names = readdirSync(CASES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const DOMS: Record<string, (html: string, url: string) => Document> = {
  linkedom: (html) => parsePage(html),
  jsdom: (html, url) => new JSDOM(html, { url }).window.document,
};

it('every case folder is named <area>--<behaviour> and holds source.html and expected.json with a note', () => {
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/);
    const files = readdirSync(join(CASES, name));
    expect(files).toEqual(expect.arrayContaining(['source.html', 'expected.json']));
    expect((JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as CaseExpected).note).toBeTruthy();
  }
});

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as CaseExpected;
  const html = readFileSync(join(CASES, name, 'source.html'), 'utf8');

  it.each(Object.keys(DOMS))('under %s', (dom) => {
    const now = expected.now ? Date.parse(expected.now) : undefined;
    const result = extractPage(DOMS[dom]!(html, expected.url), expected.url, {}, { now });
    const text = norm(result.kind === 'article' ? result.article?.textContent ?? '' : '');
    expect(result.kind).toBe(expected.kind);
    if (expected.title !== undefined) expect(result.title).toBe(expected.title);
    expect(expected.mustKeep.filter((s) => !text.includes(norm(s)))).toEqual([]);
    expect(expected.mustNotContain.filter((s) => text.includes(norm(s)))).toEqual([]);
    for (const field of ['source', 'byline', 'publishedTime'] as const) {
      if (expected[field] !== undefined) expect(result.article?.[field] ?? null, field).toBe(expected[field]);
    }
    if (expected.stories) {
      const titles = result.related.groups.flatMap((g) => g.stories).map((s) => s.title);
      expect([...titles].sort()).toEqual([...expected.stories].sort());
    }
  });
});
