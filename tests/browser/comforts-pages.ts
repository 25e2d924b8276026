// The pages of the comforts tests (Chromium and Firefox): a long article with six headings, and the fixtures.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './harness';
import { PAGES_DIR } from '../support/fixture-pages';

export const LONG = 'comforts-long-article';
const LONG_FILE = path.join(ROOT, 'tests', 'browser', 'pages', `${LONG}.html`);
export const SHORT = 'daily8-article';
export const HEADINGS = ['How the river was measured', 'What the records show', 'Wells and meadows', 'The village debate', 'Costs and options', 'What comes next'];

/** The long test page at /comforts-long-article/, the fixture pages at /<slug>/, an empty 204 for anything else. */
export async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const slug = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]).split('/')[1] ?? '';
    const file = slug === LONG ? LONG_FILE : slug && !slug.includes('..') ? path.join(PAGES_DIR, slug, 'source.html') : '';
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Run in the reader page (page.evaluate): scrolls the article's middle to the middle of the window. */
export function scrollToArticleMiddle(): void {
  const a = document.querySelector('article')!.getBoundingClientRect();
  window.scrollTo(0, (a.top + a.bottom) / 2 - innerHeight / 2 + scrollY);
}

/** Run in the reader page: scrolls to the very end. */
export function scrollToEnd(): void {
  window.scrollTo(0, document.documentElement.scrollHeight);
}
