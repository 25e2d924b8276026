// The layering the README describes, checked on the sources: browser APIs (the extension's
// `browser`/`chrome`, WXT's storage, the clipboard, tab and window calls) appear only in
// utils/browser/ and the entrypoints' glue, so the pipeline and the components stay testable in Node.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const BROWSER_API = /from 'wxt\/(browser|utils\/storage)'|\b(browser|chrome)\.(tabs|runtime|scripting|storage)\b|navigator\.clipboard|window\.close\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

it('calls browser APIs only from utils/browser/', () => {
  const offenders = [...sources(join(ROOT, 'utils')), ...sources(join(ROOT, 'components'))]
    .map((file) => relative(ROOT, file))
    .filter((file) => !file.startsWith(join('utils', 'browser')) && BROWSER_API.test(readFileSync(join(ROOT, file), 'utf8')));
  expect(offenders).toEqual([]);
});

it('holds nothing in utils/browser/ that runs without a browser API', () => {
  // The API may come as an object the caller hands over: first-requests.ts is handed the browser's
  // own by the boot script, which loads before the polyfill.
  const pure = sources(join(ROOT, 'utils', 'browser'))
    .filter((file) => !/from 'wxt\/|navigator\.|URL\.createObjectURL|\bapi\.(tabs|scripting|storage)\./.test(readFileSync(file, 'utf8')))
    .map((file) => relative(ROOT, file));
  expect(pure).toEqual([]);
});
