// The typed protocol between the extension pages (popup, reader tab) and the on-demand content script.
import type { PageResult, Settings } from '../types';

export type ExtractRequest = { type: 'extract'; settings: Partial<Settings> };
export type PingRequest = { type: 'ping' };
export type CleanLivePageRequest = { type: 'clean-live-page'; on: boolean; settings: Partial<Settings> };
export type ReaderRequest = ExtractRequest | PingRequest | CleanLivePageRequest;

/** Why a page cannot be read even though a script ran in it. */
export type UnreadableKind = 'pdf' | 'not-html';

export type ExtractResponse =
  | { ok: true; result: PageResult }
  | { ok: false; unreadable: UnreadableKind }
  | { ok: false; error: string };
export type PingResponse = { ok: true; url: string };
export type CleanLivePageResponse = { ok: true; hidden: number } | { ok: false; error: string };

export interface ResponseFor {
  extract: ExtractResponse;
  ping: PingResponse;
  'clean-live-page': CleanLivePageResponse;
}

const TYPES: ReadonlySet<string> = new Set(['extract', 'ping', 'clean-live-page']);

/** Messages arrive as `unknown`: anything else on the runtime bus is not for us. */
export function isReaderRequest(msg: unknown): msg is ReaderRequest {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: unknown }).type as string);
}
