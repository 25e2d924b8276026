// The blocks "clean this page too" hides on the live page: the same story lists, ad cards and
// clutter the reader leaves out, planned by the same removal planner (plan-removals.ts).
// Matching only: hiding them is live-clean.ts's job.
import { extractionTime, type ExtractOptions } from '../page-context';
import { bodyOf, indexPage } from '../page-index';
import { planRemovals } from '../plan-removals';
import { normalizeSettings } from '../settings';
import type { Settings } from '../types';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>, options: ExtractOptions = {}): Element[] {
  const body = bodyOf(doc);
  if (!body) return [];
  const settings = normalizeSettings(partial ?? {});
  // One walk of the live page serves every stage.
  const index = indexPage(doc.documentElement);
  return [...planRemovals({ doc, body, index, url, settings, now: extractionTime(options) }).dropped];
}
