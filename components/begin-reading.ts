// The first thing an extension page does: ask the tab for its page, before the view renders (the
// first render and its effects take a frame or more); the session (use-reader-session.ts) takes the
// answers over. Loading the pipeline as a chunk of its own meanwhile measured no faster (popup warm
// median 409 against 425 ms, within the noise of 15 opens), so it is loaded with the page.
import type { Settings } from '../utils/types';
import { loadSettings } from '../utils/browser/settings-store';
import { ensureInjected, requestSnapshot, resolveTargetTab, withDeadline, type TargetTab } from '../utils/browser/tab-client';
import type { SnapshotResponse } from '../utils/tab/messages';

/**
 * How long the tab may take to take the script and hand over its page. A tab the browser neither
 * lets us script nor refuses (view-source: with its address hidden) never answers at all.
 */
export const ANSWER_DEADLINE_MS = 8000;


/** The first reading's requests, sent as the page's script starts rather than after its first paint. */
interface Begun {
  search: string;
  tab: Promise<TargetTab>;
  settings: Promise<Settings>;
  injected: Promise<unknown>;
  snapshot: Promise<SnapshotResponse>;
}
let begun: Begun | null = null;

/** Asks for the tab `search` names, the settings, the script in the tab, then the page's snapshot. */
export function requestReading(search: string): Begun {
  performance.mark('cnr:start');
  const tab = resolveTargetTab(search);
  const settings = loadSettings();
  const injected = tab.then((t) => withDeadline(ensureInjected(t), ANSWER_DEADLINE_MS));
  const snapshot = injected.then(() => tab).then((t) => withDeadline(requestSnapshot(t.id), ANSWER_DEADLINE_MS));
  // Handled where the session awaits them; this only keeps a failure from being reported as unhandled first.
  for (const p of [tab, settings, injected, snapshot]) p.catch(() => {});
  return { search, tab, settings, injected, snapshot };
}

/**
 * Starts reading before the view is rendered, while the page renders. The session's first load
 * takes the requests over (an error surfaces there, as if it had asked itself).
 */
export function beginReading(search: string): void {
  begun = requestReading(search);
}

/** The requests beginReading sent for `search`, once: a retry asks the tab again. */
export function takeBegun(search: string): Begun | null {
  const b = begun?.search === search ? begun : null;
  begun = null;
  return b;
}

