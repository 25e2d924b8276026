// Every fixture page exported in every format: the reviewed golden files match, the article's
// must-keep sentences survive, its clutter does not, and the HTML runs nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFixture, extractFixture, fixtureSlugs, GOLDEN, loadFixture } from '../support/fixture-pages';
import type { ExportFormat } from '../../utils/export/index';
import { norm } from '../../scripts/fixtures/score-fixture';

/** Export text compared as a reader would: Markdown escapes and HTML entities undone first. */
const exportNorm = (s: string) =>
  norm(s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>&])/g, '$1').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

describe.each(fixtureSlugs())('%s exported', (slug) => {
  const page = loadFixture(slug);
  const result = extractFixture(page);
  describe.each(Object.keys(GOLDEN) as ExportFormat[])('as %s', (format) => {
    const content = exportFixture(result, page, format);
    // Read each format as a person would: link targets, [n] markers, styles and tags aside.
    const readable =
      format === 'md'
        ? content.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        : format === 'text'
          ? content.replace(/ \[\d+\]/g, '')
          : content
              .replace(/<style[\s\S]*?<\/style>/gi, '')
              .replace(/<\/?(a|em|strong|b|i|u|s|span|code|abbr|time|mark|small|sub|sup|q|cite)\b[^>]*>/gi, '')
              .replace(/<[^>]+>/g, ' ');
    const text = exportNorm(readable);

    it('matches the reviewed golden file (npm run fixtures:update rewrites it)', () => {
      const file = join(page.dir, GOLDEN[format]);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(content).toBe(readFileSync(file, 'utf8'));
    });

    if (page.expected.kind === 'article')
      it('keeps the article and none of its clutter', () => {
      expect(page.expected.mustKeep.filter((s) => !text.includes(norm(s)))).toEqual([]);
      expect(page.expected.mustNotContain.filter((s) => text.includes(norm(s)))).toEqual([]);
    });

    if (format === 'html')
      it('runs nothing: no script, event handler or javascript: URL', () => {
      expect(content).not.toMatch(/<script\b/i);
      expect(content).not.toMatch(/\son[a-z]+\s*=/i);
      expect(content).not.toMatch(/javascript:/i);
    });
  });
});
