// The extension pages' side of the protocol: find the target tab, inject the reader script on
// demand (activeTab + scripting, no host permissions), and ask it for results.
import { browser } from 'wxt/browser';
import type { Settings } from '../types';
import type { ReaderRequest, ResponseFor, PingResponse, CleanLivePageResponse, LiveCleanStateResponse, SnapshotResponse } from '../tab/messages';
import { restriction } from '../tab/restricted-url';
import { TabError } from '../tab/tab-error';
import { restrictionForError, restrictionForUrl, type Restriction } from '../tab/restricted-url';

export const CONTENT_SCRIPT_FILE = '/reader.js';
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

/** `?tabId=<id>` picks the tab (reader tab, tests); otherwise the active tab of this window. */
export async function resolveTargetTab(search: string): Promise<TargetTab> {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw !== null) {
    const id = Number(raw);
    if (!Number.isInteger(id) || id < 0) throw new TabError('not-a-tab-id', raw);
    const tab = await browser.tabs.get(id).catch(() => null);
    if (!tab) throw new TabError('tab-closed');
    return { id, url: tab.url, title: tab.title };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new TabError('no-active-tab');
  return { id: tab.id, url: tab.url, title: tab.title };
}

function send<T extends ReaderRequest>(tabId: number, msg: T): Promise<ResponseFor[T['type']]> {
  // frameId 0: only the top frame answers; ads in iframes never see our messages.
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as Promise<ResponseFor[T['type']]>;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Pings first so a second popup open reuses the script (and its snapshot). Returns the page URL. */
export async function ensureInjected(tab: TargetTab): Promise<string> {
  const early = restrictionForUrl(tab.url);
  if (early) throw new RestrictedPageError(early);
  // A file the browser will not let us read fails injection with a vague message; say why first.
  if (tab.url?.startsWith('file:') && !(await fileAccessAllowed())) throw new RestrictedPageError(restriction('local-file'));
  const existing = await send(tab.id, { type: 'ping' }).catch(() => undefined);
  if (existing?.ok) return existing.url;
  try {
    // injectImmediately: a page still loading is read as far as it has come, not after its last
    // image or ad script (the default waits for document_idle, many seconds on a slow page).
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE], injectImmediately: true });
  } catch (e) {
    const r = restrictionForError(errorText(e), tab.url);
    if (r) throw new RestrictedPageError(r);
    throw e;
  }
  const pong: PingResponse | undefined = await send(tab.id, { type: 'ping' }).catch(() => undefined);
  // Firefox answers an injection into one of its own pages (about:robots) without error and without running
  // the script, and hides that tab's URL until a toolbar click: what is known is that there is no access.
  if (!pong?.ok && !tab.url) throw new RestrictedPageError(restriction('no-access'));
  if (!pong?.ok) throw new TabError('script-did-not-start');
  return pong.url;
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
