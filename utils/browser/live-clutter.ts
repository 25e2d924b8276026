// The blocks "clean this page too" hides on the live page: the same story lists, ad cards and
// clutter the reader leaves out, found by the same stages and decided by the same rule
// (decide-removals.ts). Matching only: hiding them is live-clean.ts's job.
import { activeRules } from '../filters/active-rules';
import { clutterOf, decideRemovals, storyListsOf } from '../decide-removals';
import { readMetadata } from '../metadata';
import { bodyOf, indexPage } from '../page-index';
import { hostOf } from '../kit/hosts';
import { isPackEnabled, normalizeSettings } from '../settings';
import type { Settings } from '../types';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>): Element[] {
  const body = bodyOf(doc);
  if (!body) return [];
  const settings = normalizeSettings(partial ?? {});
  const host = hostOf(url);
  // One walk of the live page serves every stage.
  const index = indexPage(doc.documentElement);
  const meta = readMetadata(doc, url, index);
  const lists = storyListsOf(body, url, index, meta, settings.now ?? Date.now());
  const matches = clutterOf(body, activeRules(settings, host), index, meta);
  const enabled = (id: string) => isPackEnabled(settings, id, host);
  return [...decideRemovals({ lists, matches, index, titleElement: meta.titleElement, enabled })];
}
