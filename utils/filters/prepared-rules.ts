// What the matcher derives from a rule list before it reads a page: the selector plan and the
// combined tests that rule most elements out at once (the answers per block text are kept by the
// caller, for one page). activeRules hands back the same array for the same rules, so this is
// done once, not once per page.
import type { CompiledRule } from './compile-rules';
import { planSelectors, type SelectorPlan } from './selector-plan';
import { normalizeText } from '../kit/text';

export interface PreparedRules {
  plan: SelectorPlan | null;
  attrRules: CompiledRule[];
  /**
   * Every attribute pattern in one RegExp: most elements fail it and skip the per-rule tests.
   * Test it on lower-cased values (it may have been compiled without 'i').
   */
  anyAttr: RegExp | null;
  hasPhrases: boolean;
  linkRules: CompiledRule[];
  /**
   * Every phrase rule a block's text matches, in rule order (tag limits are the caller's).
   * `answers` remembers each distinct text's answer, for as long as the caller keeps it.
   */
  phraseMatches(raw: string, answers: PhraseAnswers): readonly CompiledRule[];
}

/**
 * Block text → the phrase rules it matches. One per page read (extractPage passes the same one to
 * both of its matcher runs, since Readability's output repeats the page's texts); nothing is kept
 * from one page to the next.
 */
export type PhraseAnswers = Map<string, readonly CompiledRule[]>;

const NONE: readonly CompiledRule[] = [];

const prepared = new WeakMap<readonly CompiledRule[], PreparedRules>();
const textOnly = new WeakMap<readonly CompiledRule[], readonly CompiledRule[]>();

export function prepareRules(rules: readonly CompiledRule[]): PreparedRules {
  let p = prepared.get(rules);
  if (!p) prepared.set(rules, (p = build(rules)));
  return p;
}

/** The phrase and link rules of a list (the ones that read text and targets, not markup). */
export function textRules(rules: readonly CompiledRule[]): readonly CompiledRule[] {
  let t = textOnly.get(rules);
  if (!t) textOnly.set(rules, (t = rules.filter((r) => r.exact.size || r.patterns.length || r.links.length)));
  return t;
}

function build(rules: readonly CompiledRule[]): PreparedRules {
  const selectorRules = rules.filter((r) => r.selector);
  const attrRules = rules.filter((r) => r.attr);
  const phraseRules = rules.filter((r) => r.exact.size || r.patterns.length);
  const maxPhrase = Math.max(0, ...phraseRules.map((r) => r.maxLen));
  const anyExact = new Set(phraseRules.flatMap((r) => [...r.exact]));
  const allPatterns = phraseRules.flatMap((r) => r.patterns);
  const anyPattern = combinedPattern(allPatterns.flatMap((p) => (p.re instanceof RegExp ? [p.re] : [])));
  // A person's patterns stay out of the combined RegExp: joined there, they would backtrack again.
  const ownPatterns = allPatterns.filter((p) => !(p.re instanceof RegExp));
  // Each rule's own tests, on the same lower-cased text (see lowerCasePattern).
  const lowered = phraseRules.map((r) => r.patterns.map((p) => ({ maxLen: p.maxLen, re: p.re instanceof RegExp ? lowerCasePattern(p.re.source, p.re.flags.replace('i', '')) : p.re })));
  // Wrappers repeat their child's text: each distinct text is normalized and tested once.
  const phraseMatches = (raw: string, answers: PhraseAnswers): readonly CompiledRule[] => {
    const known = answers.get(raw);
    if (known !== undefined) return known;
    let matched = NONE;
    const text = normalizeText(raw);
    // Most texts match nothing: one set lookup and one combined pattern rule them out first.
    if (text && text.length <= maxPhrase && (anyExact.has(text) || anyPattern === null || anyPattern.test(text) || ownPatterns.some((p) => text.length <= p.maxLen && p.re.test(text)))) {
      const hits: CompiledRule[] = [];
      phraseRules.forEach((r, i) => {
        if (text.length > r.maxLen) return;
        if (r.exact.has(text) || lowered[i].some((p) => text.length <= p.maxLen && p.re.test(text))) hits.push(r);
      });
      if (hits.length) matched = hits;
    }
    answers.set(raw, matched);
    return matched;
  };

  return {
    plan: selectorRules.length ? planSelectors(selectorRules) : null,
    attrRules,
    anyAttr: attrRules.length ? lowerCasePattern(attrRules.map((r) => `(?:${r.attr!.source})`).join('|'), '') : null,
    hasPhrases: phraseRules.length > 0,
    linkRules: rules.filter((r) => r.links.length),
    phraseMatches,
  };
}

/**
 * One alternation of every whole-block pattern, or null when they cannot be joined
 * (a back-reference would point at another pattern's group once they share one RegExp).
 */
function combinedPattern(patterns: readonly RegExp[]): RegExp | null {
  if (!patterns.length) return /(?!)/;
  if (patterns.some((p) => /\\[1-9k]/.test(p.source) || !p.unicode || !p.ignoreCase)) return null;
  try {
    // Catalog patterns all start with ^, and then the engine tries position 0 only.
    const anchor = patterns.every((p) => p.source.startsWith('^')) ? '^' : '';
    const source = patterns.map((p) => `(?:${p.source})`).join('|');
    return lowerCasePattern(`${anchor}(?:${source})`, 'u');
  } catch {
    return null; // two patterns naming the same group; each is then tested on its own
  }
}

/**
 * A RegExp for lower-cased text: written in lower case, it needs no 'i'. Case-insensitive classes
 * made the two combined RegExps take about 8 ms to compile, paid again on every page load; the
 * phrase rules' own patterns with 'i' took 100 ms to compile on first use, 18 ms without.
 */
function lowerCasePattern(source: string, flags: string): RegExp {
  const caseless = !/\p{Lu}/u.test(source.replace(/\\./g, ''));
  return new RegExp(source, caseless ? flags : flags + 'i');
}
