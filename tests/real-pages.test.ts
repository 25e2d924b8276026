// The pipeline over the real pages in ../shared/bench (when present; a user's clone has none):
// it never fails, finds the article on every news page, and its HTML never carries active content.
// Quality figures belong to `npm run bench`; this only guards against crashes and unsafe output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../utils/extract-page';

const BENCH = join(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'bench');
const AEB = join(BENCH, 'aeb-dev');
const RP = join(BENCH, 'readability-pages');
const present = existsSync(join(AEB, 'ground-truth.json')) && existsSync(RP);

const UNSAFE = /<(script|iframe|form|object|embed|style)\b|\son[a-z]+\s*=|javascript:/i;
const read = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

describe('real pages', { timeout: 120_000 }, () => {
  if (!present) {
    // Said in the report, not passed in silence: without the data nothing below can be checked.
    it(`skipped: no benchmark data at ${BENCH}`, () => {
      console.log(`real-pages: skipped, no benchmark data at ${BENCH}`);
      expect(existsSync(join(AEB, 'ground-truth.json')) && existsSync(RP)).toBe(false);
    });
    return;
  }

  it('finds the article on every aeb-dev news page, with safe HTML', () => {
    const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    const problems: string[] = [];
    for (const [id, { url }] of Object.entries(truth)) {
      const r = extractPage(parseHTML(read(join(AEB, 'html', `${id}.html.gz`))).document as unknown as Document, url);
      if (r.kind !== 'article' || !r.article) problems.push(`${id}: ${r.kind} ${r.reason ?? ''}`);
      else if (UNSAFE.test(r.article.contentHtml)) problems.push(`${id}: unsafe HTML`);
      else if (r.article.wordCount < 50) problems.push(`${id}: only ${r.article.wordCount} words`);
    }
    expect(problems).toEqual([]);
  });

  it('never fails on the 130 pages of Readability\'s own test suite', () => {
    const problems: string[] = [];
    for (const name of readdirSync(RP).filter((d) => existsSync(join(RP, d, 'source.html.gz')))) {
      const r = extractPage(parseHTML(read(join(RP, name, 'source.html.gz'))).document as unknown as Document, 'http://fakehost/test/page.html');
      if (r.reason?.startsWith('Could not read')) problems.push(`${name}: ${r.reason}`);
      if (r.article && UNSAFE.test(r.article.contentHtml)) problems.push(`${name}: unsafe HTML`);
    }
    expect(problems).toEqual([]);
  });
});
