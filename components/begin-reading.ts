// The first thing an extension page does: ask for the tab and its page, before the view renders.
// The popup and the reader tab have already asked by the time this bundle runs: their boot script
// (entrypoints/reading-boot.ts) sends the same requests as the page starts, and they are taken over
// here; a retry, and the side panel, send them from here. The session (use-reader-session.ts) takes
// the answers over.
import type { Settings } from '../utils/types';
import { loadSettings } from '../utils/browser/settings-store';
import { requestTabAndPage, snapshotFromInjection, targetTabOf, withDeadline, type TargetTab } from '../utils/browser/tab-client';
import { takeFirstRequests } from '../utils/browser/first-requests';
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
  /** The reader script injected and the page's snapshot: one call, one answer. */
  snapshot: Promise<SnapshotResponse>;
}
let begun: Begun | null = null;

/** Asks for the tab `search` names, the settings, and (the script injected) the tab's page. */
export function requestReading(search: string): Begun {
  const boot = takeFirstRequests(search);
  // Marks for the browser tests' timing breakdown: the boot script marked its own start, a request
  // sent from here starts now; "app" is this bundle's turn, however long after the requests.
  if (!boot) performance.mark('cnr:start');
  performance.mark('cnr:app');
  const sent = boot ?? requestTabAndPage(search);
  const tab = targetTabOf(search, sent);
  const settings = loadSettings(sent?.settingsItem);
  const injection = sent?.injection ?? Promise.resolve(undefined);
  const snapshot = tab.then((t) => withDeadline(snapshotFromInjection(t, injection), ANSWER_DEADLINE_MS));
  // Handled where the session awaits them; this only keeps a failure from being reported as unhandled first.
  for (const p of [tab, settings, snapshot]) p.catch(() => {});
  return { search, tab, settings, snapshot };
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
