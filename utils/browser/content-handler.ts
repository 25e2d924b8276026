// What the content script does with each message, apart from the browser plumbing, so it can be
// tested against a plain Document. The snapshot is taken once per URL: filter toggles re-extract
// from it at once, and scripts that rewrite the live page after load cannot change the result.
import type { PageResult, Settings } from '../types';
import type { ExtractResponse, ReaderRequest, ResponseFor, CleanLivePageResponse } from './messages';
import { hideElements, unhideAll } from './live-clean';

export type Extract = (doc: Document, url: string, settings?: Partial<Settings>) => PageResult;
export type FindClutter = (doc: Document, url: string, settings?: Partial<Settings>) => Element[];

export interface PageAccess {
  /** The live document; never handed to the pipeline, only cloned or marked. */
  document: Document;
  url: () => string;
}

export interface ReaderHandler {
  handle<T extends ReaderRequest>(msg: T): Promise<ResponseFor[T['type']]>;
}

export function createReaderHandler(page: PageAccess, extract: Extract, findClutter?: FindClutter): ReaderHandler {
  let snapshot: { url: string; doc: Document } | null = null;

  const takeSnapshot = () => {
    const url = page.url();
    // Single-page sites change the URL without a load: a new URL means a new article.
    if (!snapshot || snapshot.url !== url) snapshot = { url, doc: page.document.cloneNode(true) as Document };
    return snapshot;
  };
  takeSnapshot();

  const extractResponse = (settings: Partial<Settings>): ExtractResponse => {
    const type = (page.document.contentType || 'text/html').toLowerCase();
    if (type === 'application/pdf') return { ok: false, unreadable: 'pdf' };
    if (/^(image|video|audio)\//.test(type)) return { ok: false, unreadable: 'not-html' };
    const snap = takeSnapshot();
    try {
      return { ok: true, result: extract(snap.doc, snap.url, settings) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  const cleanLive = (on: boolean, settings: Partial<Settings>): CleanLivePageResponse => {
    unhideAll(page.document);
    if (!on) return { ok: true, hidden: 0 };
    if (!findClutter) return { ok: false, error: 'Cleaning the page itself is not available in this version.' };
    try {
      return { ok: true, hidden: hideElements(page.document, findClutter(page.document, page.url(), settings)) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  return {
    async handle(msg) {
      switch (msg.type) {
        case 'ping':
          return { ok: true, url: page.url() } as ResponseFor[typeof msg.type];
        case 'extract':
          return extractResponse(msg.settings ?? {}) as ResponseFor[typeof msg.type];
        case 'clean-live-page':
          return cleanLive(msg.on, msg.settings ?? {}) as ResponseFor[typeof msg.type];
      }
    },
  } as ReaderHandler;
}
