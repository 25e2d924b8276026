// The typed protocol between the extension pages (popup, reader tab) and the on-demand content script.
//
// The content script only snapshots and marks; the pipeline (Readability and all, ~100 kB) runs in
// the extension page on the snapshot's HTML. That keeps what is injected into pages small, and the
// parsed snapshot is an inert document: nothing in it runs or loads.
import type { Settings } from '../types';

export type SnapshotRequest = { type: 'snapshot' };
export type PingRequest = { type: 'ping' };
/** Answered once the page has finished loading, or after timeoutMs with complete: false. */
export type AwaitCompleteRequest = { type: 'await-complete'; timeoutMs: number };
export type CleanLivePageRequest = { type: 'clean-live-page'; on: boolean; settings: Partial<Settings> };
/** Whether "clean this page too" is on in this tab: the page script holds it, so a reopened popup shows the truth. */
export type LiveCleanStateRequest = { type: 'live-clean-state' };
export type ReaderRequest = SnapshotRequest | PingRequest | AwaitCompleteRequest | CleanLivePageRequest | LiveCleanStateRequest;

/** Why a page cannot be read even though a script ran in it. */
export type UnreadableKind = 'pdf' | 'not-html';

export interface PageSnapshot {
  /** The URL when the snapshot was taken. */
  url: string;
  /** The document as it was at first injection (or at the last URL change), serialized. */
  html: string;
  takenAt: number;
  /** Whether the page had finished loading (readyState "complete"); if not, it is read again when it has. */
  complete: boolean;
}

export type SnapshotResponse = ({ ok: true } & PageSnapshot) | { ok: false; unreadable: UnreadableKind };
export type PingResponse = { ok: true; url: string };
export type AwaitCompleteResponse = { ok: true; complete: boolean };
export type CleanLivePageResponse = { ok: true; hidden: number } | { ok: false; error: string };
export type LiveCleanStateResponse = { ok: true; on: boolean; hidden: number };

export interface ResponseFor {
  snapshot: SnapshotResponse;
  ping: PingResponse;
  'await-complete': AwaitCompleteResponse;
  'clean-live-page': CleanLivePageResponse;
  'live-clean-state': LiveCleanStateResponse;
}

const TYPES: ReadonlySet<string> = new Set(['snapshot', 'ping', 'await-complete', 'clean-live-page', 'live-clean-state']);

/** The messages the live-page cleaner answers; the snapshot script answers the others. */
export function isLiveCleanRequest(msg: ReaderRequest): msg is CleanLivePageRequest | LiveCleanStateRequest {
  return msg.type === 'clean-live-page' || msg.type === 'live-clean-state';
}

/**
 * What the reader script's injection answered, checked before use: nothing at all when the browser
 * ran no script (Firefox on its own pages), else a snapshot or the reason there is none.
 */
export function isSnapshotResponse(v: unknown): v is SnapshotResponse {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  if (r.ok === false) return r.unreadable === 'pdf' || r.unreadable === 'not-html';
  return r.ok === true && typeof r.url === 'string' && typeof r.html === 'string' && typeof r.takenAt === 'number' && typeof r.complete === 'boolean';
}

/** Messages arrive as `unknown`: anything else on the runtime bus is not for us. */
export function isReaderRequest(msg: unknown): msg is ReaderRequest {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: unknown }).type as string);
}
