// The first things an extension page asks of the browser when it opens on a tab: which tab, the
// tab's page (the reader script injected, its last value the page's snapshot), and the stored
// settings the page is read with. Written against the browser's own API object and importing
// nothing, so the boot script (entrypoints/reading-boot.ts) can send them from a file of about a
// kilobyte as the page starts, while the app's bundle (Preact and the whole reading pipeline) is
// still loading and compiling; the app takes the answers over. What the answers mean (a tab that
// cannot be read, an error worded for the person) is tab-client.ts's, and what the stored settings
// hold is settings-store.ts's: this file only asks.

/** The reader script, injected on demand (activeTab + scripting); see entrypoints/reader.ts. */
export const CONTENT_SCRIPT_FILE = '/reader.js';

/** The settings' item in synced storage (settings-store.ts reads and writes it; rules and site choices have items of their own). */
export const SETTINGS_ITEM = 'settings';

/** A tab as the browser describes it: url and title absent while the extension has no grant for it. */
export interface BrowserTab {
  id?: number;
  url?: string;
  title?: string;
}

/** The part of the extension API these requests use: `chrome` in Chrome, `browser` in Firefox, or the polyfill. */
export interface FirstRequestsApi {
  tabs: {
    get(tabId: number): Promise<BrowserTab>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<BrowserTab[]>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[]; injectImmediately?: boolean }): Promise<{ result?: unknown }[]>;
  };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}

export interface FirstRequests {
  /** The page address's query these requests were sent for (`?tabId=` names the tab). */
  search: string;
  /** The tab `?tabId=` names, else the active tab of this window; undefined when there is none. */
  tab: Promise<BrowserTab | undefined>;
  /** What the reader script answered in the tab's top frame: the page's snapshot, or nothing. */
  injection: Promise<unknown>;
  /** The settings' stored item as it is, unchecked (undefined when nothing is stored). */
  settingsItem: Promise<unknown>;
}

/** `?tabId=<id>`: the tab's id; null when absent; NaN when it is no tab id at all. */
export function tabIdParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null) return null;
  const id = Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : NaN;
}

/**
 * Sends the three requests; the injection follows the tab's answer at once. Null when `search` names no
 * valid tab (the app words that error). Nothing is checked first: a tab that cannot be read fails
 * the injection, and the app reads its restriction from the tab's URL before the injection's answer.
 */
export function sendFirstRequests(api: FirstRequestsApi, search: string): FirstRequests | null {
  const id = tabIdParam(search);
  if (Number.isNaN(id)) return null;
  const tab = id === null ? api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]) : api.tabs.get(id);
  // injectImmediately: a page still loading is read as far as it has come, not after its last image
  // or ad script (the default waits for document_idle, many seconds on a slow page).
  const injection = tab.then((t) => {
    if (t?.id === undefined) return undefined;
    return api.scripting.executeScript({ target: { tabId: t.id }, files: [CONTENT_SCRIPT_FILE], injectImmediately: true }).then((results) => results?.[0]?.result);
  });
  const settingsItem = api.storage.sync.get(SETTINGS_ITEM).then((items) => items[SETTINGS_ITEM]);
  // Handled where the app awaits them; this only keeps a failure from being reported as unhandled first.
  for (const p of [tab, injection, settingsItem]) p.catch(() => {});
  return { search, tab, injection, settingsItem };
}

// Left on the page's own global for the app, keyed by a symbol no other code names.
const HANDED_OVER = Symbol.for('clear-news-reader/first-requests');
type Holder = { [HANDED_OVER]?: FirstRequests };

/** Leaves the requests for the app's bundle to take over (takeFirstRequests). */
export function handOver(requests: FirstRequests, scope: object = globalThis): void {
  (scope as Holder)[HANDED_OVER] = requests;
}

/** The requests the boot script sent for `search`, once: a retry, or another query, asks again. */
export function takeFirstRequests(search: string, scope: object = globalThis): FirstRequests | null {
  const holder = scope as Holder;
  const sent = holder[HANDED_OVER];
  delete holder[HANDED_OVER];
  return sent?.search === search ? sent : null;
}
