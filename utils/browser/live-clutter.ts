// The clutter blocks of the live page, by the same filter packs and matcher the pipeline uses,
// for "clean this page too". Matching only: hiding them is live-clean.ts's job.
import { activeRules } from '../filters/active-rules';
import { findClutter } from '../filters/apply-filters';
import { readMetadata } from '../metadata';
import { indexPage } from '../page-index';
import { hostOf, normalizeSettings } from '../settings';
import type { Settings } from '../types';

export function findLiveClutter(doc: Document, url: string, partial?: Partial<Settings>): Element[] {
  if (!doc.body) return [];
  const host = hostOf(url);
  // One walk of the live page serves both the headline lookup and the matcher.
  const index = indexPage(doc.documentElement);
  const title = readMetadata(doc, url, index).titleElement;
  return findClutter(doc.body, activeRules(normalizeSettings(partial ?? {}), host), { protect: title ? [title] : [], index }).map((m) => m.element);
}
