import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compileSafePattern, lintPattern, MAX_PATTERN_LENGTH } from '../../utils/filters/safe-pattern';
import { activeRules } from '../../utils/filters/active-rules';
import { findClutter } from '../../utils/filters/apply-filters';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { CustomRule, Settings } from '../../utils/types';

describe('lintPattern', () => {
  it.each([
    ['(a|aa)+$', /repeated choice/],
    ['^(a+)+$', /repeat inside a repeat/],
    ['(\\w+\\s?)*$', /repeat inside a repeat/],
    ['^(x|.)*y$', /repeated choice/],
    ['^(\\w+) and \\1$', /back-references/],
    ['^(?<w>\\w+) \\k<w>$', /back-references/],
    ['^deals(?= now)', /lookahead/],
    ['(?<!no )thanks', /lookahead/],
    ['(', /not a valid pattern/],
    ['a'.repeat(MAX_PATTERN_LENGTH + 1), /at most/],
    ['^(?:ab){1000}$', /repeats too much/],
  ])('refuses /%s/', (source, why) => {
    expect(lintPattern(source)).toMatch(why);
  });

  it.each(['^hot deals$', 'offer.{0,20}', '^(cat|dog)+$', '^view comments \\(\\d+\\)$', '\\bsponsored\\b', '^[^a-z]{3,}$', '^caf\\u00e9\\p{L}?$'])('accepts /%s/', (source) => {
    expect(lintPattern(source)).toBeNull();
  });
});

describe('compileSafePattern', () => {
  const cases: [string, string][] = [
    ['^hot deals$', 'hot deals'], ['^hot deals$', 'hot deals!'], ['offer.{0,20}', 'top offer for you'], ['offer.{0,3}$', 'offer for you'],
    ['\\bcat\\b', 'a cat here'], ['\\bcat\\b', 'concat'], ['\\Bcat', 'concat'], ['^[^]$', 'x'], ['^[]$', ''], ['(?<n>ab|cd)+e', 'xxabcde'],
    ['^caf\\u00e9\\p{L}?$', 'CAFÉS'], ['^(cat|dog){2,3}$', 'catdogcat'], ['^(cat|dog){2,3}$', 'catdogcatdog'], ['x*?y', 'xxy'], ['^$', ''],
    ['^😀+$', '😀😀'], ['^a.c$', 'a😀c'], ['^[\\d,.]+ views$', '1,204 views'], ['^(?:sign up|log in)$', 'LOG IN'], ['a|^b', 'cb'],
    ['^k$', '\u212a'], ['^s$', '\u017f'], ['(?:^a|b)c', 'xbc'], ['(?:^a|^b)c', 'xbc'], ['^a|b', 'xb'], ['^$|x', 'yx'],
  ];
  it.each(cases)('answers /%s/ on %j as RegExp does', (source, text) => {
    expect(compileSafePattern(source).test(text)).toBe(new RegExp(source, 'iu').test(text));
  });

  it('stays linear where a backtracking engine is polynomial', () => {
    const p = compileSafePattern('a.*b.*c.*d.*e');
    // No clock here (speed belongs in the bench): a backtracking engine would take hours on this
    // line, so a regression shows as the test's timeout.
    expect(p.test('a'.repeat(700))).toBe(false);
  });

  it('refuses to compile what the linter refuses', () => {
    expect(() => compileSafePattern('(a|aa)+$')).toThrow(/refused/);
  });
});

describe('a person\'s catastrophic pattern on a page', () => {
  const rule = (value: string): CustomRule => ({ id: value, kind: 'phrase', value, host: null, enabled: true });

  it('finishes at once on a line of a\'s, even when the pattern reaches the matcher without the linter', () => {
    // Straight into the settings, as a hand-edited or older store would hold it. A backtracking
    // engine takes about a second on 36 a's and a b, doubling with every two more a's.
    const settings: Settings = { ...DEFAULT_SETTINGS, customRules: [rule('/(a|aa)+$/'), rule('/^\\d+ comments$/')] };
    // 48 a's: minutes for a backtracking engine, so a regression shows as the test's timeout.
    const { document } = parseHTML(`<html><body><p>${'a'.repeat(48)}b</p><p>${'a'.repeat(60)}</p><div>12 comments</div></body></html>`);
    const found = findClutter(document.body, activeRules(settings, 'example.com')).map((m) => m.element.textContent);
    expect(found).toEqual(['12 comments']);
  });

  it('matches with an accepted pattern in the matcher, as written', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, customRules: [rule('/^a.*b.*c.*d.*e.*f$/')] };
    const { document } = parseHTML(`<html><body><p>${'a'.repeat(650)}</p><div>abcdef</div></body></html>`);
    const found = findClutter(document.body, activeRules(settings, null)).map((m) => m.element.textContent);
    expect(found).toEqual(['abcdef']);
  });
});
