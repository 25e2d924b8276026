// The extension pages' side of the protocol: find the target tab, inject the reader script on
// demand (activeTab + scripting, no host permissions), and ask it for results.
import { browser } from 'wxt/browser';
import type { Settings } from '../types';
import type { ReaderRequest, ResponseFor, CleanLivePageResponse, LiveCleanStateResponse, SnapshotResponse } from '../tab/messages';
import { isSnapshotResponse } from '../tab/messages';
import { restriction } from '../tab/restricted-url';
import { TabError } from '../tab/tab-error';
import { restrictionForError, restrictionForUrl, type Restriction } from '../tab/restricted-url';
import { sendFirstRequests, tabIdParam, type BrowserTab, type FirstRequests, type FirstRequestsApi } from './first-requests';

/** Injected on the first "clean this page too" only (it carries the story-list finder). */
export const LIVE_CLEAN_SCRIPT_FILE = '/live-clean.js';

export interface TargetTab {
  id: number;
  /** Absent when the browser hides it (no activeTab grant yet). */
  url?: string;
  title?: string;
}

/** The page did not answer in time (a tab the browser neither lets us script nor refuses, such as view-source:). */
export class NoAnswerError extends Error {
  constructor(readonly waitedMs: number) {
    super(`The page did not answer within ${Math.round(waitedMs / 1000)} seconds.`);
    this.name = 'NoAnswerError';
  }
}

/** Rejects with NoAnswerError when the promise has not settled after ms. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerError(ms)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

export class RestrictedPageError extends Error {
  constructor(readonly restriction: Restriction) {
    super(restriction.message);
    this.name = 'RestrictedPageError';
  }
}

/** Asks for the tab `search` names and its page, from the app (a retry, the side panel); the boot script sends the same. */
export function requestTabAndPage(search: string): FirstRequests | null {
  return sendFirstRequests(browser as unknown as FirstRequestsApi, search);
}

/**
 * The tab the requests asked for: `?tabId=<id>` picks it (reader tab, side panel, tests); otherwise
 * the active tab of this window. `sent` is null when `search` names no valid tab.
 */
export async function targetTabOf(search: string, sent: FirstRequests | null): Promise<TargetTab> {
  const named = tabIdParam(search);
  if (!sent || Number.isNaN(named)) throw new TabError('not-a-tab-id', new URLSearchParams(search).get('tabId') ?? '');
  // A tab id the browser does not know is a tab closed since; a failed query is the browser's own error.
  const tab: BrowserTab | undefined = named === null ? await sent.tab : await sent.tab.catch(() => undefined);
  if (tab?.id === undefined) throw new TabError(named === null ? 'no-active-tab' : 'tab-closed');
  return { id: tab.id, url: tab.url, title: tab.title };
}

function send<T extends ReaderRequest>(tabId: number, msg: T): Promise<ResponseFor[T['type']]> {
  // frameId 0: only the top frame answers; ads in iframes never see our messages.
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as Promise<ResponseFor[T['type']]>;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The page's snapshot from the reader script's injection (one call: the script's last value is the
 * snapshot, taken once per page and handed again to a later injection). A tab whose URL says it
 * cannot be read gets its restriction first, whatever the injection answers.
 */
export async function snapshotFromInjection(tab: TargetTab, injection: Promise<unknown>): Promise<SnapshotResponse> {
  const early = restrictionForUrl(tab.url);
  if (early) throw new RestrictedPageError(early);
  // A file the browser will not let us read fails injection with a vague message; say why first.
  if (tab.url?.startsWith('file:') && !(await fileAccessAllowed())) throw new RestrictedPageError(restriction('local-file'));
  let answer: unknown;
  try {
    answer = await injection;
  } catch (e) {
    const r = restrictionForError(errorText(e), tab.url);
    if (r) throw new RestrictedPageError(r);
    throw e;
  }
  if (isSnapshotResponse(answer)) return answer;
  // Firefox answers an injection into one of its own pages (about:robots) without error and without running
  // the script, and hides that tab's URL until a toolbar click: what is known is that there is no access.
  if (!tab.url) throw new RestrictedPageError(restriction('no-access'));
  throw new TabError('script-did-not-start');
}

/**
 * Shows the tab's article in a reader tab of its own. A real popup then closes itself; opened as
 * a page (the browser tests, with ?tabId) it stays.
 */
export async function openReaderTab(tabId: number, search: string): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL('/reader-tab.html')}?tabId=${tabId}` });
  if (!new URLSearchParams(search).has('tabId')) window.close();
}

async function fileAccessAllowed(): Promise<boolean> {
  const ext = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
  return (await ext?.isAllowedFileSchemeAccess?.().catch(() => true)) ?? true;
}

export async function requestSnapshot(tabId: number): Promise<SnapshotResponse> {
  return send(tabId, { type: 'snapshot' });
}

/** Resolves true once the tab's page has loaded, false if it has not after timeoutMs. */
export async function requestAwaitComplete(tabId: number, timeoutMs: number): Promise<boolean> {
  const res = await send(tabId, { type: 'await-complete', timeoutMs });
  return res.complete;
}

export async function requestCleanLivePage(tabId: number, on: boolean, settings: Settings): Promise<CleanLivePageResponse> {
  // Injecting twice is harmless: the script installs itself once per page.
  await browser.scripting.executeScript({ target: { tabId }, files: [LIVE_CLEAN_SCRIPT_FILE] });
  return send(tabId, { type: 'clean-live-page', on, settings });
}

/**
 * Whether "clean this page too" is on in the tab, asked of the page itself: the cleaner keeps it
 * there, so it is per tab and gone with a reload, as the hiding is. No cleaner in the page
 * (never switched on, or reloaded since) is "off"; asking never injects it.
 */
export async function requestLiveCleanState(tabId: number): Promise<LiveCleanStateResponse> {
  const res = await send(tabId, { type: 'live-clean-state' }).catch(() => undefined);
  return res?.ok ? res : { ok: true, on: false, hidden: 0 };
}
