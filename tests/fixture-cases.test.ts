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
import { ALL_STORIES, OTHER_STORIES } from '../utils/related/group-stories';
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
  /** Story title → the source its card names (null: none), when the case is about sources. */
  storySources?: Record<string, string | null>;
  /** Stories about one subject: one group. */
  sameGroup?: string[][];
  /** Pairs that share a word but not a subject: never in one topic group. */
  notSameGroup?: string[][];
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
    if (expected.storySources) {
      const sources = Object.fromEntries(result.related.groups.flatMap((g) => g.stories).map((s) => [s.title, s.source ?? null]));
      expect(Object.fromEntries(Object.keys(expected.storySources).map((t) => [t, sources[t]]))).toEqual(expected.storySources);
    }
    const groupOf = (title: string) => result.related.groups.findIndex((g) => g.stories.some((s) => norm(s.title) === norm(title)));
    const topicOf = (title: string) => {
      const g = groupOf(title);
      return g === -1 || [OTHER_STORIES, ALL_STORIES].includes(result.related.groups[g]!.label) ? -1 : g;
    };
    // Together under a subject: two stories left in "Other stories" are not grouped.
    const together = (set: string[]) => set.every((t) => topicOf(t) !== -1 && topicOf(t) === topicOf(set[0]!));
    expect((expected.sameGroup ?? []).filter((set) => !together(set))).toEqual([]);
    expect((expected.notSameGroup ?? []).filter(([a, b]) => topicOf(a!) !== -1 && topicOf(a!) === topicOf(b!))).toEqual([]);
  });
});
