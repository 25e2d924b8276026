// t() and tn() outside the browser (Node: no i18n API), and the Intl formats the view uses.
import { describe, expect, it } from 'vitest';
import { formatNumber, t, tn, uiDir, uiLang, uiText } from '../../components/i18n';
import { articleDir, formatReadingTime } from '../../components/format';
import { groupLabel } from '../../components/group-label';
import { OTHER_STORIES, TIME_LABELS } from '../../utils/related/group-stories';

describe('t without a browser', () => {
  it('answers in English, substituting $1, $2 and $$', () => {
    expect(t('header_byline', 'Sara Omari')).toBe('By Sara Omari');
    expect(t('pack_resetLabel', 'Ads', 'example.com')).toBe('Use the all-sites choice for Ads on example.com');
    expect(t('rules_hint', 500, 200)).toMatch(/^Up to 500 characters\. .* at most 200 characters,/);
    expect(t('header_via', 'cost $$1')).toBe('via cost $$1');
  });

  it('is English and left to right', () => {
    expect(uiLang()).toBe('en');
    expect(uiDir()).toBe('ltr');
    expect(uiText()).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('picks the plural form by Intl.PluralRules and writes the count in local digits', () => {
    expect(tn('filters_blocksRemoved', 1)).toBe('1 block removed');
    expect(tn('filters_blocksRemoved', 17)).toBe('17 blocks removed');
    expect(tn('filters_blocksRemoved', 1234)).toBe('1,234 blocks removed');
    expect(tn('rules_imported', 0)).toBe('Imported 0 new rules.');
    expect(formatNumber(12345)).toBe('12,345');
  });
});

describe('reading time', () => {
  it('reads "N min read" in English, the unit from Intl', () => {
    expect(formatReadingTime(1)).toBe('1 min read');
    expect(formatReadingTime(12)).toBe('12 min read');
  });

  it('puts the number where the language puts it', () => {
    // The phrase stays English (no browser here), the unit follows the locale given.
    expect(formatReadingTime(5, 'de')).toBe('5 Min. read');
    expect(formatReadingTime(5, 'ja')).toBe('5 分 read');
  });
});

describe('direction of an article', () => {
  it('takes the article’s own dir, else its language’s, else none', () => {
    expect(articleDir({ dir: 'rtl', lang: 'ar' })).toBe('rtl');
    expect(articleDir({ dir: 'ltr', lang: 'ar' })).toBe('ltr');
    expect(articleDir({ dir: null, lang: 'ar-EG' })).toBe('rtl');
    expect(articleDir({ dir: null, lang: 'he' })).toBe('rtl');
    expect(articleDir({ dir: null, lang: 'fr' })).toBeUndefined();
    expect(articleDir({ dir: 'sideways', lang: null })).toBeUndefined();
  });
});

describe('group labels', () => {
  it('translates the pipeline’s own group names and leaves topic words and publishers alone', () => {
    expect(groupLabel(OTHER_STORIES)).toBe('Other stories');
    for (const label of TIME_LABELS) expect(groupLabel(label)).toBe(label);
    expect(groupLabel('الأردن')).toBe('الأردن');
  });
});
