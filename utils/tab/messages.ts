// The typed protocol between the extension pages (popup, reader tab) and the on-demand content script.
//
// The content script only snapshots and marks; the pipeline (Readability and all, ~100 kB) runs in
// the extension page on the snapshot's HTML. That keeps what is injected into pages small, and the
// parsed snapshot is an inert document: nothing in it runs or loads.
import type { Settings } from '../types';

export type SnapshotRequest = { type: 'snapshot' };
export type PingRequest = { type: 'ping' };
export type CleanLivePageRequest = { type: 'clean-live-page'; on: boolean; settings: Partial<Settings> };
export type ReaderRequest = SnapshotRequest | PingRequest | CleanLivePageRequest;

/** Why a page cannot be read even though a script ran in it. */
export type UnreadableKind = 'pdf' | 'not-html';

export interface PageSnapshot {
  /** The URL when the snapshot was taken. */
  url: string;
  /** The document as it was at first injection (or at the last URL change), serialized. */
  html: string;
  takenAt: number;
}

export type SnapshotResponse = ({ ok: true } & PageSnapshot) | { ok: false; unreadable: UnreadableKind };
export type PingResponse = { ok: true; url: string };
export type CleanLivePageResponse = { ok: true; hidden: number } | { ok: false; error: string };

export interface ResponseFor {
  snapshot: SnapshotResponse;
  ping: PingResponse;
  'clean-live-page': CleanLivePageResponse;
}

const TYPES: ReadonlySet<string> = new Set(['snapshot', 'ping', 'clean-live-page']);

/** Messages arrive as `unknown`: anything else on the runtime bus is not for us. */
export function isReaderRequest(msg: unknown): msg is ReaderRequest {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: unknown }).type as string);
}
