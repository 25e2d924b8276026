// The message catalogues in public/_locales: every language has every key, the same placeholders and
// every plural form it needs; every key the code asks for exists, and every key is asked for somewhere
// (the filters' names and descriptions by keys made from their ids: components/pack-text.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packTextKeys } from '../../components/pack-text';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const LOCALES_DIR = join(ROOT, 'public', '_locales');
const REQUIRED_LANGS = ['en', 'de', 'fr', 'es', 'ar', 'ja'];
const EXTRA_CATEGORIES = ['zero', 'two', 'few', 'many'];

type Catalogue = Record<string, { message: string; description?: string }>;
const catalogue = (lang: string): Catalogue => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const langs = readdirSync(LOCALES_DIR);
const en = catalogue('en');
const enKeys = Object.keys(en);
const pluralBases = enKeys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const code = [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints')), join(ROOT, 'wxt.config.ts')]
  .map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));

it('has a catalogue for each required language', () => {
  expect(langs).toEqual(expect.arrayContaining(REQUIRED_LANGS));
});

describe.each(langs)('%s', (lang) => {
  const messages = catalogue(lang);

  it('has every English key, with a message', () => {
    const missing = enKeys.filter((k) => typeof messages[k]?.message !== 'string' || messages[k].message === '');
    expect(missing).toEqual([]);
  });

  it('has no key the English catalogue lacks, other than plural forms of a counted message', () => {
    const extra = Object.keys(messages).filter((k) => {
      if (k in en) return false;
      const m = /^(.*)_(\w+)$/.exec(k);
      return !(m && pluralBases.includes(m[1]) && EXTRA_CATEGORIES.includes(m[2]));
    });
    expect(extra).toEqual([]);
  });

  it('has each plural form the language uses for counted messages', () => {
    const categories = new Intl.PluralRules(messages.ui_lang.message).resolvedOptions().pluralCategories;
    const missing = pluralBases.flatMap((base) => categories.filter((c) => !messages[`${base}_${c}`]).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it('uses the English placeholders ($1…): all of them, except that a count form may spell out its number', () => {
    const wrong = Object.entries(messages).flatMap(([key, { message }]) => {
      const base = /^(.*)_(zero|one|two|few|many|other)$/.exec(key)?.[1];
      const english = en[key] ?? en[`${base}_other`];
      if (!english) return [];
      const want = placeholders(english.message);
      const got = placeholders(message);
      const ok = base && pluralBases.includes(base)
        ? got.every((p) => want.includes(p)) && want.filter((p) => p !== '$1').every((p) => got.includes(p))
        : got.join() === want.join();
      return ok ? [] : [`${key}: ${got.join() || 'none'} for ${want.join() || 'none'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('names its own language and a direction the view understands', () => {
    expect(messages.ui_lang.message).toBe(lang.replace('_', '-'));
    expect(['ltr', 'rtl']).toContain(messages.ui_dir.message);
    expect(['short', 'long']).toContain(messages.ui_minuteStyle.message);
    expect(messages.ui_dir.message).toBe(['ar', 'he', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr');
  });
});

it('has every key the code asks for (t, tn, __MSG_…__ and the filters’ texts)', () => {
  const asked = code.flatMap(({ file, text }) => [
    ...[...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => ({ file, key: m[1] })),
    ...[...text.matchAll(/\btn\(\s*'([^']+)'/g)].map((m) => ({ file, key: `${m[1]}_other` })),
    ...[...text.matchAll(/__MSG_(\w+)__/g)].map((m) => ({ file, key: m[1] })),
  ]);
  expect(asked.length).toBeGreaterThan(50);
  expect(asked.filter(({ key }) => !(key in en))).toEqual([]);
  expect(packTextKeys().filter((key) => !(key in en))).toEqual([]);
});

it('asks for every English key somewhere in the code (no dead messages)', () => {
  const all = code.map(({ text }) => text).join('\n');
  const packTexts = new Set(packTextKeys());
  const unused = enKeys.filter((key) => {
    if (packTexts.has(key)) return false;
    const base = key.replace(/_(one|other)$/, '');
    return !all.includes(`'${key}'`) && !all.includes(`'${base}'`) && !all.includes(`__MSG_${key}__`);
  });
  expect(unused).toEqual([]);
});
