import { CUSTOM_PACK_ID, FILTER_PACKS } from './catalog';
import { compilePacks, customRulesPack, type CompiledRule } from './compile-rules';
import { isPackEnabled } from './pack-choice';
import type { Settings } from '../types';

/**
 * Recent answers, by the rules they hold. The same array comes back for the same rules, on every
 * site without rules of its own, so the matcher keeps what it prepares from it (prepared-rules.ts).
 */
const recent = new Map<string, readonly CompiledRule[]>();
const RECENT_MAX = 16;
const ruleIds = new WeakMap<CompiledRule, number>();
let lastId = 0;
const idOf = (r: CompiledRule): number => {
  let id = ruleIds.get(r);
  if (id === undefined) ruleIds.set(r, (id = ++lastId));
  return id;
};

/** The compiled rules in force on `host`: the enabled packs (site overrides applied) and the person's own rules. */
export function activeRules(settings: Settings, host: string | null): readonly CompiledRule[] {
  // Catalog rules are compiled once per pack, so their identities name them.
  const catalog = compilePacks(FILTER_PACKS.filter((p) => isPackEnabled(settings, p.id, host)), host);
  const custom = customRulesPack(settings.customRules, host, CUSTOM_PACK_ID);
  const key = `${catalog.map(idOf).join(',')}\u0000${custom.rules.length ? JSON.stringify(custom.rules) : ''}`;
  const known = recent.get(key);
  if (known) return known;
  const rules = custom.rules.length ? [...catalog, ...compilePacks([custom], host, true)] : catalog;
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, rules);
  return rules;
}
