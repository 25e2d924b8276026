// Reading a saved page for the CLI and the bench: gunzip when the name ends in .gz, then decode the
// bytes as a browser would (decode-html.ts). Both steps have a cap, checked before the memory is
// taken: a file larger than any real page is refused by its size on disk, and a .gz is inflated
// with a limit on its output, so a gzip bomb (1 GiB of zeros in 1 MB) stops at the cap.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, type DecodedPage } from './decode-html';

/** Real pages, even archived with every script inline, stay well under this. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** A page refused before reading it whole, with the reason to show. */
export class PageTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageTooLargeError';
  }
}

const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

export function readPageBytes(path: string, maxBytes = MAX_PAGE_BYTES): Uint8Array {
  const size = statSync(path).size;
  if (size > maxBytes) throw new PageTooLargeError(`the file is ${mib(size)}; pages over ${mib(maxBytes)} are not read`);
  const raw = readFileSync(path);
  if (!path.endsWith('.gz')) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PageTooLargeError(`it unpacks to more than ${mib(maxBytes)}; pages over ${mib(maxBytes)} are not read`);
    }
    throw new Error(`not a readable gzip file (${(e as Error).message})`);
  }
}

export function readPageFile(path: string, maxBytes = MAX_PAGE_BYTES): DecodedPage {
  return decodeHtml(readPageBytes(path, maxBytes));
}
