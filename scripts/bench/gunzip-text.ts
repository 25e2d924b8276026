import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readGzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}
