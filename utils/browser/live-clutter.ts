// The clutter blocks of the live page, by the same filter packs and matcher the pipeline uses,
// for "clean this page too". Matching only: hiding them is live-clean.ts's job.
import { CUSTOM_PACK_ID, FILTER_PACKS } from '../filters/catalog';
import { compilePacks, customRulesPack } from '../filters/compile-rules';
import { findClutter } from '../filters/apply-filters';
import type { FilterPack } from '../filters/types';
import { readMetadata } from '../metadata';
import { hostOf, isPackEnabled, withDefaults } from '../settings';
import type { Settings } from '../types';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>): Element[] {
  if (!doc.body) return [];
  const settings = withDefaults(partial);
  const host = hostOf(url);
  const packs: FilterPack[] = FILTER_PACKS.filter((p) => isPackEnabled(settings, p.id, host));
  if (settings.customRules.length) packs.push(customRulesPack(settings.customRules, host, CUSTOM_PACK_ID));
  const title = readMetadata(doc, url).titleElement;
  return findClutter(doc.body, compilePacks(packs, host), { protect: title ? [title] : [] }).map((m) => m.element);
}
