// The blocks "clean this page too" hides on the live page: the same story lists, ad cards and
// clutter the reader leaves out, found by the same stages and decided by the same rule
// (decide-removals.ts). Matching only: hiding them is live-clean.ts's job.
import { activeRules } from '../filters/active-rules';
import { findClutter } from '../filters/apply-filters';
import { decideRemovals } from '../decide-removals';
import { readMetadata } from '../metadata';
import { bodyOf, indexPage } from '../page-index';
import { findStoryLists } from '../related/find-story-lists';
import { hostOf, isPackEnabled, normalizeSettings } from '../settings';
import type { Settings } from '../types';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>): Element[] {
  const body = bodyOf(doc);
  if (!body) return [];
  const settings = normalizeSettings(partial ?? {});
  const host = hostOf(url);
  // One walk of the live page serves every stage.
  const index = indexPage(doc.documentElement);
  const meta = readMetadata(doc, url, index);
  const bodyAt = index.elements.indexOf(body);
  const lists = findStoryLists(body, url, { now: settings.now ?? Date.now(), lang: meta.lang, excludeUrl: meta.canonicalUrl ?? url, elements: index.elements.slice(bodyAt + 1) });
  const matches = findClutter(body, activeRules(settings, host), { protect: meta.titleElement ? [meta.titleElement] : [], index });
  const enabled = (id: string) => isPackEnabled(settings, id, host);
  return [...decideRemovals({ lists, matches, index, titleElement: meta.titleElement, enabled })];
}
