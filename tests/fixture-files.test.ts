// Checks the hand-written page fixtures themselves, before any extraction runs: a typo in an
// expectation (a mustKeep sentence that is not on the page, a story title spelled differently) would
// otherwise show up later as a pipeline failure that no code change can fix.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureSlugs, loadFixture, PAGES_DIR } from './support/fixture-pages';

const PACK_IDS = [
  'ai-promo', 'app-download', 'comments', 'newsletter', 'social', 'consent', 'ads', 'engagement',
  'teasers', 'decorative', 'navigation', 'related-lists',
];
const KINDS = ['article', 'listing', 'none'];

const slugs = fixtureSlugs();

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The page's readable text: entities decoded, script/style bodies left out, whitespace collapsed. */
function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  return squash(document.documentElement.textContent ?? '');
}

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
const isIsoDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

it('finds fixture folders', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('fixture %s', (slug) => {
  const dir = path.join(PAGES_DIR, slug);
  const sourcePath = path.join(dir, 'source.html');
  const expectedPath = path.join(dir, 'expected.json');

  it('has source.html and expected.json', () => {
    expect(existsSync(sourcePath), `${slug}/source.html`).toBe(true);
    expect(existsSync(expectedPath), `${slug}/expected.json`).toBe(true);
  });

  const load = () => {
    const page = loadFixture(slug);
    return { text: visibleText(page.html), exp: page.expected as unknown as Record<string, unknown> };
  };

  it('expected.json has the required fields with the right types', () => {
    const { exp } = load();
    expect(() => new URL(String(exp.url))).not.toThrow();
    expect(isIsoDate(exp.now), 'now').toBe(true);
    expect(KINDS).toContain(exp.kind);
    for (const key of ['title', 'source', 'siteName', 'byline', 'publishedTime']) {
      expect(isStringOrNull(exp[key]), key).toBe(true);
    }
    if (exp.publishedTime !== null) expect(isIsoDate(exp.publishedTime), 'publishedTime').toBe(true);
    if (exp.kind === 'none') expect(exp.title).toBeNull();
    else expect(typeof exp.title).toBe('string');

    expect(isStringArray(exp.mustKeep), 'mustKeep').toBe(true);
    // Four sentences at least, or every sentence of an article shorter than that (a three-sentence
    // teaser page), counted in the reviewed plain-text export.
    if (exp.kind === 'article') expect((exp.mustKeep as string[]).length).toBeGreaterThanOrEqual(Math.min(4, exportedSentences()));
    expect(isStringArray(exp.mustNotContain), 'mustNotContain').toBe(true);
    expect(isStringArray(exp.notStories), 'notStories').toBe(true);

    const removed = exp.removedAtLeast as Record<string, unknown>;
    expect(typeof removed === 'object' && removed !== null && !Array.isArray(removed)).toBe(true);
    for (const [pack, n] of Object.entries(removed)) {
      expect(PACK_IDS, 'removedAtLeast pack id').toContain(pack);
      expect(Number.isInteger(n) && (n as number) >= 1, `removedAtLeast.${pack}`).toBe(true);
    }

    expect(Array.isArray(exp.stories)).toBe(true);
    for (const story of exp.stories as Record<string, unknown>[]) {
      expect(typeof story.title === 'string' && story.title.trim() !== '', 'story.title').toBe(true);
      expect(isStringOrNull(story.source), 'story.source').toBe(true);
      expect(isStringOrNull(story.timeText), 'story.timeText').toBe(true);
    }
    expect(Array.isArray(exp.sameGroup) && (exp.sameGroup as unknown[]).every(isStringArray), 'sameGroup').toBe(true);
  });

  /** The sentences of the reviewed plain-text export's body (after its header lines); 4 when there is none yet. */
  const exportedSentences = (): number => {
    const txt = path.join(dir, 'expected.txt');
    if (!existsSync(txt)) return 4;
    const body = readFileSync(txt, 'utf8').split(/\n\s*\n/).slice(1).join(' ');
    return squash(body).split(/(?<=[.!?]["”’)]?)\s+/).filter((x) => x.length >= 20).length;
  };

  it('every mustKeep sentence occurs verbatim in the page text', () => {
    const { text, exp } = load();
    for (const sentence of exp.mustKeep as string[]) expect(text, slug).toContain(squash(sentence));
  });

  it('no mustKeep sentence holds a mustNotContain phrase', () => {
    const { exp } = load();
    for (const sentence of exp.mustKeep as string[]) {
      for (const phrase of exp.mustNotContain as string[]) {
        expect(sentence.toLowerCase(), `"${phrase}"`).not.toContain(phrase.toLowerCase());
      }
    }
  });

  it('story and non-story titles occur in the page, and groups name listed stories', () => {
    const { text, exp } = load();
    const titles = (exp.stories as { title: string }[]).map((s) => s.title);
    for (const title of [...titles, ...(exp.notStories as string[])]) expect(text, slug).toContain(squash(title));
    for (const title of exp.notStories as string[]) expect(titles).not.toContain(title);
    for (const group of exp.sameGroup as string[][]) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const title of group) expect(titles, 'sameGroup member').toContain(title);
    }
  });
});
