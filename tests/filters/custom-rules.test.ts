// A person's own rules: what the settings accept, what an import says when it refuses, and what
// a rule that slips past both (a hand-edited store, a sync from elsewhere) can do to an article.
// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../utils/extract-page';
import {
  addCustomRule, DEFAULT_SETTINGS, importCustomRules, MAX_CUSTOM_RULES, setSelectorProbeDocument, validateCustomRule,
} from '../../utils/settings';
import type { CustomRule } from '../../utils/types';
import { fixtureSlugs, loadFixture } from '../support/fixture-pages';
import { norm } from '../../scripts/fixtures/score-fixture';

beforeAll(() => setSelectorProbeDocument(document));

describe('validateCustomRule', () => {
  it.each(['p', 'div', 'body *', 'article p', 'main > div', 'p, .promo', 'SPAN'])('refuses the selector "%s", which names the article\'s own text', (v) => {
    expect(validateCustomRule('selector', v)).toMatch(/would hide the article's own text/);
  });

  it.each(['.promo', 'aside', 'div.promo', 'article p.credit', '[data-ad]', 'iframe', 'ul.related li', 'nav a'])('accepts the selector "%s"', (v) => {
    expect(validateCustomRule('selector', v)).toBeNull();
  });

  it('refuses a catastrophic phrase pattern with a message that names it', () => {
    expect(validateCustomRule('phrase', '/(a|aa)+$/')).toBe(
      'The pattern /(a|aa)+$/ is refused: a repeated choice whose branches can match the same text, such as (a|aa)+, can take forever to test.',
    );
    expect(addCustomRule(DEFAULT_SETTINGS, 'phrase', '/^(\\w+\\s?)+$/', null)).toEqual({ error: expect.stringMatching(/repeat inside a repeat/) });
    expect(validateCustomRule('phrase', '/^view comments \\(\\d+\\)$/')).toBeNull();
  });
});

describe('importCustomRules', () => {
  const file = (rules: unknown[]) => JSON.stringify({ format: 'clear-news-reader/rules', version: 1, rules });

  it('refuses the whole file and names the first bad rule', () => {
    const got = importCustomRules(DEFAULT_SETTINGS, file([
      { kind: 'phrase', value: 'Get the app', host: null, enabled: true },
      { kind: 'phrase', value: '/(a|aa)+$/', host: null, enabled: true },
      { kind: 'selector', value: 'p', host: null, enabled: true },
    ]));
    expect(got).toEqual({ error: expect.stringMatching(/^Rule 2 \(\/\(a\|aa\)\+\$\/\) is invalid: The pattern .* is refused: .*Nothing was imported\.$/) });
  });

  it('imports 500 rules, and refuses one more with the counts', () => {
    const rules = Array.from({ length: MAX_CUSTOM_RULES }, (_, i) => ({ kind: 'selector', value: `.promo-${i}`, host: null, enabled: true }));
    const ok = importCustomRules(DEFAULT_SETTINGS, file(rules));
    if (!('settings' in ok)) throw new Error(ok.error);
    expect(ok.settings.customRules).toHaveLength(MAX_CUSTOM_RULES);
    expect(importCustomRules(ok.settings, file([{ kind: 'selector', value: '.one-more', host: null, enabled: true }]))).toEqual({
      error: 'At most 500 rules: you have 500, the file adds 1. Nothing was imported.',
    });
  });

  it('refuses a file of 200,000 rules before reading them', () => {
    const rules = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'selector', value: `.promo-${i} div:not(.x)`, host: null, enabled: true }));
    const json = file(rules);
    // The cause, not a time: no rule of the file is checked (each check parses a selector).
    const checks = vi.spyOn(document, 'createDocumentFragment');
    const got = importCustomRules(DEFAULT_SETTINGS, json);
    expect(got).toEqual({ error: 'The file holds 200000 rules; at most 500 can be kept. Nothing was imported.' });
    expect(checks).not.toHaveBeenCalled();
    checks.mockRestore();
  });
});

describe('a rule that would hide the article, stored past the checks', () => {
  const rule = (value: string): CustomRule => ({ id: value, kind: 'selector', value, host: null, enabled: true });

  it.each(fixtureSlugs().filter((s) => loadFixture(s).expected.mustKeep.length).slice(0, 6))('%s keeps every must-keep sentence under "p", "div" and "body *"', (slug) => {
    const page = loadFixture(slug);
    const settings = { ...DEFAULT_SETTINGS, customRules: [rule('p'), rule('div'), rule('body *')] };
    const got = extractPage(parseHTML(page.html).document as unknown as Document, page.expected.url, settings, { now: Date.parse(page.expected.now) });
    const text = norm(got.article?.textContent ?? '');
    expect(page.expected.mustKeep.filter((s) => !text.includes(norm(s)))).toEqual([]);
  });
});
