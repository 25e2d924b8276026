// The filters' names and descriptions, derived from FILTER_PACKS: every catalogue words every pack,
// and the English catalogue says exactly what the pack itself says (the packs are the English source).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUSTOM_PACK_ID, CUSTOM_PACK_LABEL, FILTER_PACKS } from '../../utils/filters/catalog';
import { packDescription, packLabel, packMessageKeys } from '../../components/pack-text';

const LOCALES_DIR = join(fileURLToPath(import.meta.url), '..', '..', '..', 'public', '_locales');
type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const langs = readdirSync(LOCALES_DIR);
const en = catalogue('en');

describe('message keys of a pack', () => {
  it('are made of the id in camel case, as a message name allows (letters, digits, _)', () => {
    expect(packMessageKeys('app-download')).toEqual({ label: 'pack_appDownload_label', description: 'pack_appDownload_description' });
    expect(packMessageKeys('ads')).toEqual({ label: 'pack_ads_label', description: 'pack_ads_description' });
    for (const { id } of FILTER_PACKS) expect(Object.values(packMessageKeys(id)).join(' ')).toMatch(/^pack_[A-Za-z0-9]+_label pack_[A-Za-z0-9]+_description$/);
  });

  it('differ from pack to pack', () => {
    const labels = FILTER_PACKS.map((p) => packMessageKeys(p.id).label.toLowerCase());
    expect(new Set([...labels, packMessageKeys(CUSTOM_PACK_ID).label.toLowerCase()]).size).toBe(FILTER_PACKS.length + 1);
  });
});

describe.each(langs)('the %s catalogue', (lang) => {
  const messages = catalogue(lang);
  it('has a name and a description for every pack, and a name for a person’s own rules', () => {
    const keys = [...FILTER_PACKS.flatMap((p) => Object.values(packMessageKeys(p.id))), packMessageKeys(CUSTOM_PACK_ID).label];
    expect(keys.filter((k) => !messages[k]?.message?.trim())).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it.each(FILTER_PACKS.map((p) => [p.id, p] as const))('repeats the %s pack’s own label and description', (_id, pack) => {
    const keys = packMessageKeys(pack.id);
    expect(en[keys.label]?.message).toBe(pack.label);
    expect(en[keys.description]?.message).toBe(pack.description);
  });

  it('names a person’s own rules as the pipeline does', () => {
    expect(en[packMessageKeys(CUSTOM_PACK_ID).label]?.message).toBe(CUSTOM_PACK_LABEL);
  });
});

describe('packLabel and packDescription without a browser', () => {
  it('answer in English by the filter’s id', () => {
    expect(packLabel('app-download')).toBe('App-download pushes');
    expect(packLabel(CUSTOM_PACK_ID)).toBe('Your rules');
    expect(packDescription('comments')).toBe('Comment boxes, counts and reply forms.');
  });

  it('fall back to the English the pipeline gave for a filter no catalogue knows', () => {
    expect(packLabel('paywall-nags', 'Paywall nags')).toBe('Paywall nags');
    expect(packLabel('paywall-nags')).toBe('paywall-nags');
    expect(packDescription('paywall-nags')).toBe('');
  });
});
