import type { PageResult, Settings } from './types';

/** TEMPORARY stub while the pipeline is written; same signature as the real one. */
export function extractPage(doc: Document, url: string, settings?: Partial<Settings>): PageResult {
  void doc; void url; void settings;
  return { kind: 'none', reason: 'not implemented', title: null, article: null, related: { groups: [] }, removed: [], timings: {} };
}
