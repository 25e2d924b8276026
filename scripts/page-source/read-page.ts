// Reading a saved page for the CLI and the bench: gunzip when the name ends in .gz, then decode the
// bytes as a browser would (decode-html.ts).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, type DecodedPage } from './decode-html';

export function readPageFile(path: string): DecodedPage {
  const raw = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}
