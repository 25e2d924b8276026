import { CUSTOM_PACK_ID, FILTER_PACKS } from './catalog';
import { compilePacks, customRulesPack, type CompiledRule } from './compile-rules';
import type { FilterPack } from './types';
import { isPackEnabled } from '../settings';
import type { Settings } from '../types';

/** The compiled rules in force on `host`: the enabled packs (site overrides applied) and the person's own rules. */
export function activeRules(settings: Settings, host: string | null): CompiledRule[] {
  const packs: FilterPack[] = FILTER_PACKS.filter((p) => isPackEnabled(settings, p.id, host));
  if (settings.customRules.length) packs.push(customRulesPack(settings.customRules, host, CUSTOM_PACK_ID));
  return compilePacks(packs, host);
}
