// Turns filter data into matchers once per pack. The only place that interprets FilterRule.
import type { CustomRule } from '../types';
import { hostMatches } from '../kit/hosts';
import { normalizeText } from '../kit/text';
import type { FilterPack, FilterRule } from './types';

export interface CompiledRule {
  pack: string;
  selector: string | null;
  attr: RegExp | null;
  exact: Set<string>;
  /** Whole-block patterns, each with the longest text it can match (longer texts skip it). */
  patterns: { re: RegExp; maxLen: number }[];
  links: string[];
  tags: Set<string> | null;
  /** No normalized text longer than this can match the rule's phrases (lets long blocks skip the tests). */
  maxLen: number;
}

/** A generous upper bound of the length a whole-block pattern can match. */
function patternMaxLen(p: RegExp): number {
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

function compileRule(packId: string, rule: FilterRule): CompiledRule {
  const exact = new Set<string>();
  const patterns: { re: RegExp; maxLen: number }[] = [];
  for (const phrase of rule.phrases ?? []) {
    let parsed: RegExp | string;
    try {
      parsed = parsePhrase(phrase);
    } catch {
      parsed = normalizeText(phrase); // a person's "/half a pattern" is just text to match
    }
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
  };
}

const cache = new WeakMap<FilterPack, { rule: FilterRule; compiled: CompiledRule }[]>();

/** Compiled rules of the given packs that apply on `host` (generic rules plus that host's own). */
export function compilePacks(packs: readonly FilterPack[], host: string | null): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const pack of packs) {
    let compiled = cache.get(pack);
    if (!compiled) {
      compiled = pack.rules.map((rule) => ({ rule, compiled: compileRule(pack.id, rule) }));
      cache.set(pack, compiled);
    }
    for (const { rule, compiled: c } of compiled) {
      if (!rule.hosts || rule.hosts.some((h) => hostMatches(host, h))) out.push(c);
    }
  }
  return out;
}

/** A person's own rules, as one more pack; invalid or disabled ones are left out. */
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
