import { CUSTOM_PACK_ID, FILTER_PACKS } from './catalog';
import { compilePacks, customRulesPack, type CompiledRule } from './compile-rules';
import type { FilterPack } from './types';
import { isPackEnabled } from '../settings';
import type { Settings } from '../types';

/**
 * Recent answers, by what decides them (host, enabled packs, the person's rules). The same array
 * comes back for the same choice, so the matcher can keep what it prepares from it.
 */
const recent = new Map<string, CompiledRule[]>();
const RECENT_MAX = 16;

/** The compiled rules in force on `host`: the enabled packs (site overrides applied) and the person's own rules. */
export function activeRules(settings: Settings, host: string | null): readonly CompiledRule[] {
  const packs: FilterPack[] = FILTER_PACKS.filter((p) => isPackEnabled(settings, p.id, host));
  const key = `${host ?? ''}\u0000${packs.map((p) => p.id).join(',')}\u0000${settings.customRules.length ? JSON.stringify(settings.customRules) : ''}`;
  const known = recent.get(key);
  if (known) return known;
  if (settings.customRules.length) packs.push(customRulesPack(settings.customRules, host, CUSTOM_PACK_ID));
  const rules = compilePacks(packs, host);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, rules);
  return rules;
}
