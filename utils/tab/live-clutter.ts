// The blocks "clean this page too" hides on the live page: the same story lists, ad cards and
// clutter the reader leaves out, planned by the same removal planner (plan-removals.ts), and the
// fixed and sticky boxes that cover the text (covering-overlays.ts), which only the live page has.
// Matching only: hiding them is live-clean.ts's job.
import { extractionTime, type ExtractOptions } from '../page-context';
import { bodyOf, indexPage } from '../page-index';
import { planRemovals } from '../plan-removals';
import { normalizeSettings } from '../settings';
import type { Settings } from '../types';
import { findCoveringOverlays } from './covering-overlays';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>, options: ExtractOptions = {}): Element[] {
  const body = bodyOf(doc);
  if (!body) return [];
  const settings = normalizeSettings(partial ?? {});
  // One walk of the live page serves every stage.
  const index = indexPage(doc.documentElement);
  const planned = [...planRemovals({ doc, body, index, url, settings, now: extractionTime(options) }).dropped];
  const overlays = findCoveringOverlays(doc, new Set(planned));
  // A block inside a hidden overlay goes with it: each hidden element is counted once.
  return [...planned.filter((el) => !overlays.some((o) => o.contains(el))), ...overlays];
}
