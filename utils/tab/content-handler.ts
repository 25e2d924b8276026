// What the content script does with each message, apart from the browser plumbing, so it can be
// tested against a plain Document. The snapshot is taken once per URL: later answers (a filter
// toggled, the popup reopened) describe the page as it was when the reader first saw it, not as
// the site's scripts or our own "clean this page" marks have left it since. A page still loading
// is the exception: its snapshot holds what had arrived, and the next one, once it has loaded,
// replaces it.
import type { Settings } from '../types';
import type {
  AwaitCompleteRequest, CleanLivePageRequest, CleanLivePageResponse, LiveCleanStateRequest, LiveCleanStateResponse, PageSnapshot, PingRequest, ResponseFor,
  SnapshotRequest, SnapshotResponse,
} from './messages';
import { createLiveMarks } from './live-clean';
import { cloneComposed } from './composed-clone';

export type FindClutter = (doc: Document, url: string, settings?: Partial<Settings>) => Element[];

export interface PageAccess {
  /** The live document; only cloned or marked, never changed otherwise. */
  document: Document;
  url: () => string;
  /**
   * Calls back once the page has finished loading (the window's load event); returns an unsubscribe.
   * Absent (a plain Document in tests): the page counts as loaded when its readyState says so.
   */
  onComplete?: (done: () => void) => () => void;
}

/** A Document without a readyState (linkedom) is a whole parsed page. */
function isComplete(doc: Document): boolean {
  return (doc.readyState ?? 'complete') === 'complete';
}

/** The snapshot script's messages; "clean-live-page" is the live-page cleaner's (createLiveCleaner). */
export type SnapshotScriptRequest = SnapshotRequest | PingRequest | AwaitCompleteRequest;

export interface ReaderHandler {
  handle<T extends SnapshotScriptRequest>(msg: T): Promise<ResponseFor[T['type']]>;
  /** The "snapshot" answer, at once: what an injection of the script returns to the extension page. */
  snapshot(): SnapshotResponse;
}

function serialize(doc: Document): string {
  const dt = doc.doctype;
  return (dt ? `<!DOCTYPE ${dt.name}>` : '') + (doc.documentElement?.outerHTML ?? '');
}

export function createReaderHandler(page: PageAccess): ReaderHandler {
  let snapshot: { url: string; doc: Document; takenAt: number; complete: boolean; html?: string } | null = null;

  const takeSnapshot = () => {
    const url = page.url();
    // Single-page sites change the URL without a load: a new URL means a new article. A snapshot
    // of a page that was still loading is taken again: the page has more by now.
    if (!snapshot || snapshot.url !== url || !snapshot.complete) {
      const complete = isComplete(page.document);
      snapshot = { url, doc: cloneComposed(page.document), takenAt: Date.now(), complete };
    }
    return snapshot;
  };

  const awaitComplete = (timeoutMs: number): Promise<boolean> => {
    if (isComplete(page.document) || !page.onComplete) return Promise.resolve(isComplete(page.document));
    const subscribe = page.onComplete;
    return new Promise((resolve) => {
      const stop = subscribe(() => finish(true));
      const timer = setTimeout(() => finish(false), timeoutMs);
      function finish(complete: boolean) {
        clearTimeout(timer);
        stop();
        resolve(complete);
      }
    });
  };
  takeSnapshot();

  const snapshotResponse = (): SnapshotResponse => {
    const type = (page.document.contentType || 'text/html').toLowerCase();
    if (type === 'application/pdf') return { ok: false, unreadable: 'pdf' };
    if (/^(image|video|audio)\//.test(type)) return { ok: false, unreadable: 'not-html' };
    const snap = takeSnapshot();
    snap.html ??= serialize(snap.doc);
    const out: PageSnapshot = { url: snap.url, html: snap.html, takenAt: snap.takenAt, complete: snap.complete };
    return { ok: true, ...out };
  };

  return {
    snapshot: snapshotResponse,
    async handle(msg) {
      switch (msg.type) {
        case 'ping':
          return { ok: true, url: page.url() } as ResponseFor[typeof msg.type];
        case 'snapshot':
          return snapshotResponse() as ResponseFor[typeof msg.type];
        case 'await-complete':
          return { ok: true, complete: await awaitComplete(msg.timeoutMs) } as ResponseFor[typeof msg.type];
      }
    },
  } as ReaderHandler;
}

/**
 * "Clean this page too": hides (reversibly) what the reader leaves out, or shows it again. It runs
 * in its own script (entrypoints/live-clean.ts), injected only when asked for, since the
 * story-list finder it needs would double the snapshot script every popup open injects. Whether it
 * is on lives here, in the tab, so each tab has its own and a reopened popup asks for it.
 */
export function createLiveCleaner(page: PageAccess, findClutter: FindClutter) {
  const marks = createLiveMarks(page.document);
  let on = false;
  const clean = (next: boolean, settings: Partial<Settings>): CleanLivePageResponse => {
    marks.unhideAll();
    on = false;
    if (!next) return { ok: true, hidden: 0 };
    try {
      const hidden = marks.hide(findClutter(page.document, page.url(), settings));
      on = true;
      return { ok: true, hidden };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
  const state = (): LiveCleanStateResponse => ({ ok: true, on, hidden: marks.count });
  return {
    clean,
    state,
    handle(msg: CleanLivePageRequest | LiveCleanStateRequest): CleanLivePageResponse | LiveCleanStateResponse {
      return msg.type === 'live-clean-state' ? state() : clean(msg.on, msg.settings ?? {});
    },
  };
}
