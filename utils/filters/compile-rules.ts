// Turns filter data into matchers once per pack. The only place that interprets FilterRule.
import type { CustomRule } from '../types';
import { hostMatches } from '../kit/hosts';
import { normalizeText } from '../kit/text';
import type { FilterPack, FilterRule } from './types';
import { compileSafePattern, type SafePattern } from './safe-pattern';

export interface CompiledRule {
  pack: string;
  selector: string | null;
  attr: RegExp | null;
  exact: Set<string>;
  /**
   * Whole-block patterns, each with the longest text it can match (longer texts skip it). The
   * catalog's are native RegExps; a person's own run in the linear engine (safe-pattern.ts).
   */
  patterns: { re: RegExp | SafePattern; maxLen: number }[];
  links: string[];
  tags: Set<string> | null;
  /** No normalized text longer than this can match the rule's phrases (lets long blocks skip the tests). */
  maxLen: number;
  /**
   * A person's own rule: its blocks, together, must not hold the article (apply-filters.ts).
   * Catalog rules are reviewed against the fixture pages, and guarded block by block only.
   */
  guardTogether: boolean;
  /** Its blocks are no signal for taking a container whole (FilterRule.alone). */
  alone: boolean;
  /** Its blocks are taken even when they hold much of the page's prose (FilterRule.certain). */
  certain: boolean;
}

/** A generous upper bound of the length a whole-block pattern can match. */
function patternMaxLen(p: { source: string }): number {
  let n = p.source.replace(/\{\d+,(\d+)\}/g, '').length;
  for (const m of p.source.matchAll(/\{\d+,(\d+)\}/g)) n += Number(m[1]);
  n += (p.source.match(/[+*]/g)?.length ?? 0) * 60;
  return n;
}

/** "/^foo$/" → RegExp; anything else is an exact phrase. Throws on a broken pattern (the lint test catches it). */
export function parsePhrase(phrase: string): RegExp | string {
  const m = /^\/(.+)\/$/.exec(phrase);
  return m ? new RegExp(m[1], 'iu') : normalizeText(phrase);
}

/**
 * A person's phrase: "/…/" → a pattern for the linear engine, or null when it is refused (the
 * settings refuse it at input and import, so only a hand-edited store gets here); else exact text.
 */
function parseCustomPhrase(phrase: string): SafePattern | string | null {
  const m = /^\/(.+)\/$/.exec(phrase);
  if (!m) return normalizeText(phrase);
  try {
    return compileSafePattern(m[1]);
  } catch {
    return null;
  }
}

function compileRule(packId: string, rule: FilterRule, custom = false): CompiledRule {
  const exact = new Set<string>();
  const patterns: CompiledRule['patterns'] = [];
  for (const phrase of rule.phrases ?? []) {
    let parsed: RegExp | SafePattern | string | null;
    if (custom) parsed = parseCustomPhrase(phrase);
    else {
      try {
        parsed = parsePhrase(phrase);
      } catch {
        parsed = normalizeText(phrase); // a broken catalog pattern matches as text (the lint test catches it)
      }
    }
    if (parsed === null) continue;
    if (typeof parsed === 'string') exact.add(parsed);
    else patterns.push({ re: parsed, maxLen: patternMaxLen(parsed) });
  }
  return {
    pack: packId,
    selector: rule.selector ?? null,
    attr: rule.attr ? new RegExp(rule.attr, 'i') : null,
    exact,
    patterns,
    links: (rule.links ?? []).map((l) => l.toLowerCase()),
    tags: rule.tags ? new Set(rule.tags.map((t) => t.toLowerCase())) : null,
    maxLen: Math.max(0, ...[...exact].map((e) => e.length), ...patterns.map((p) => p.maxLen)),
    guardTogether: custom,
    alone: rule.alone === true,
    certain: rule.certain === true,
  };
}

const cache = new WeakMap<FilterPack, { rule: FilterRule; compiled: CompiledRule }[]>();

/**
 * Compiled rules of the given packs that apply on `host` (generic rules plus that host's own).
 * `custom`: the packs hold a person's own rules, whose patterns run in the linear engine.
 */
export function compilePacks(packs: readonly FilterPack[], host: string | null, custom = false): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const pack of packs) {
    let compiled = cache.get(pack);
    if (!compiled) {
      compiled = pack.rules.map((rule) => ({ rule, compiled: compileRule(pack.id, rule, custom) }));
      cache.set(pack, compiled);
    }
    for (const { rule, compiled: c } of compiled) {
      if (!rule.hosts || rule.hosts.some((h) => hostMatches(host, h))) out.push(c);
    }
  }
  return out;
}

/** A person's own rules, as one more pack; disabled ones and those of other sites are left out (compile it with `custom`). */
export function customRulesPack(rules: readonly CustomRule[], host: string | null, packId: string): FilterPack {
  const active = rules.filter((r) => r.enabled && (!r.host || hostMatches(host, r.host)));
  return {
    id: packId,
    label: 'Your rules',
    description: 'Selectors and phrases you added.',
    defaultOn: true,
    rules: active.map((r) => (r.kind === 'selector' ? { selector: r.value } : { phrases: [r.value] })),
  };
}
