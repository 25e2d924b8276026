// The first thing an extension page does: ask the tab for its page. This module is small and
// imported first, so the requests go out before the rest of the code (the view, the pipeline) has
// been loaded and run; the session (use-reader-session.ts) takes the answers over.
import type { Settings } from '../utils/types';
import { loadSettings } from '../utils/browser/settings-store';
import { ensureInjected, requestSnapshot, resolveTargetTab, withDeadline, type TargetTab } from '../utils/browser/tab-client';
import type { SnapshotResponse } from '../utils/tab/messages';

/**
 * How long the tab may take to take the script and hand over its page. A tab the browser neither
 * lets us script nor refuses (view-source: with its address hidden) never answers at all.
 */
export const ANSWER_DEADLINE_MS = 8000;

/**
 * The pipeline (Readability, the filters, the story lists: most of the code) in a chunk of its own,
 * loaded while the tab is asked for its page: the first screen does not wait for it to be parsed.
 */
export type Pipeline = typeof import('../utils/tab/page-reader');
let pipeline: Promise<Pipeline> | null = null;
export const loadPipeline = (): Promise<Pipeline> => (pipeline ??= import('../utils/tab/page-reader'));

/** The first reading's requests, sent as the page's script starts rather than after its first paint. */
interface Begun {
  search: string;
  tab: Promise<TargetTab>;
  settings: Promise<Settings>;
  injected: Promise<unknown>;
  snapshot: Promise<SnapshotResponse>;
}
let begun: Begun | null = null;

/**
 * Starts reading the tab `search` names before the view is rendered: the tab, the settings, the
 * script and the page snapshot are asked for, and the pipeline loaded, while the page renders. The
 * session's first load takes them over (an error surfaces there, as if it had asked itself).
 */
export function beginReading(search: string): void {
  performance.mark('cnr:start');
  const tab = resolveTargetTab(search);
  const settings = loadSettings();
  const injected = tab.then((t) => withDeadline(ensureInjected(t), ANSWER_DEADLINE_MS));
  const snapshot = injected.then(() => tab).then((t) => withDeadline(requestSnapshot(t.id), ANSWER_DEADLINE_MS));
  // Handled where the session awaits them; this only keeps a failure from being reported as unhandled first.
  for (const p of [tab, settings, injected, snapshot]) p.catch(() => {});
  void loadPipeline().catch(() => {});
  begun = { search, tab, settings, injected, snapshot };
}

/** The requests beginReading sent for `search`, once: a retry asks the tab again. */
export function takeBegun(search: string): Begun | null {
  const b = begun?.search === search ? begun : null;
  begun = null;
  return b;
}

