import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../utils/export/to-markdown.ts';
import { frontMatter, yamlString } from '../../utils/export/yaml.ts';
import { EXPORTED_AT, makeResult, parse } from './make-result.ts';

// JSON's string syntax is a subset of YAML's double-quoted scalars for everything except \x, \U and the escaped
// C1/line-separator characters, so JSON.parse is an independent decoder for these values.
const TRICKY = [
  'Plain title',
  'Ukraine: talks resume',
  'key: value # not a comment',
  '"Quoted" and \'single\'',
  'back\\slash',
  '- starts with a dash',
  '? question',
  '@handle and `tick`',
  '{not: a map}',
  '[not, a, list]',
  'yes',
  'null',
  '123',
  '*anchor &ref !tag %directive',
  '',
  'tab\there',
  'emoji 🌊 and 漢字',
  '---',
];

describe('yamlString', () => {
  it.each(TRICKY)('round-trips %j', (value) => {
    const quoted = yamlString(value);
    expect(quoted).toMatch(/^"[^\n]*"$/);
    expect(JSON.parse(quoted)).toBe(value);
  });

  it('keeps newlines on one line', () => {
    expect(yamlString('line one\nline two\r\n')).toBe('"line one\\nline two\\r\\n"');
  });

  it('escapes characters YAML would read as line breaks or refuse', () => {
    expect(yamlString('a\u0085b\u2028c\u2029d')).toBe('"a\\x85b\\u2028c\\u2029d"');
    expect(yamlString('nul\u0000 del\u007f bom\ufeff')).toBe('"nul\\x00 del\\x7F bom\\uFEFF"');
  });

  it('replaces a lone surrogate rather than writing an invalid escape', () => {
    expect(yamlString('cut \ud83c')).toBe('"cut \uFFFD"');
  });
});

describe('frontMatter', () => {
  it('writes numbers bare, strings quoted, skips missing values', () => {
    expect(frontMatter([['title', 'A: B'], ['author', null], ['reading_time', 4], ['x', undefined]])).toBe(
      '---\ntitle: "A: B"\nreading_time: 4\n---\n',
    );
  });
});

describe('front matter of an exported article', () => {
  it('keeps a hostile title inside one quoted value', () => {
    const title = 'Breaking: "Storm" hits\n---\nurl: javascript:alert(1) #tag';
    const md = toMarkdown(makeResult({ title, byline: 'O\'Neil: "Reporter"' }), { parse, exportedAt: EXPORTED_AT });
    const [, yaml] = md.split(/^---$/m);
    const lines = yaml!.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^[a-z_]+: ("([^"\\]|\\.)*"|\d+)$/);
    const fields = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 2))]));
    // Titles are single-line everywhere: newlines inside become spaces.
    expect(fields.title).toBe('Breaking: "Storm" hits --- url: javascript:alert(1) #tag');
    expect(fields.author).toBe('O\'Neil: "Reporter"');
    expect(fields.url).toBe('https://daily8.example/news/storm-hits-the-coast');
    expect(md.match(/^---$/gm)).toHaveLength(2);
  });

  it('prefers a usable canonical URL and falls back to the page URL', () => {
    const bad = toMarkdown(makeResult({ canonicalUrl: 'javascript:alert(1)' }), { parse, exportedAt: EXPORTED_AT });
    expect(bad).toContain('url: "https://daily8.example/news/storm-hits-the-coast?utm_source=x"');
    const relative = toMarkdown(makeResult({ canonicalUrl: '/news/c' }), { parse, exportedAt: EXPORTED_AT });
    expect(relative).toContain('url: "https://daily8.example/news/c"');
  });
});
