// The built extension in Chromium on a page carrying every XSS vector of the hostile suite: the popup
// and the reader tab show the article, nothing in them runs (no dialog, no script error, no blocked
// inline script), and their rendered DOM, parsed with browser rules, holds nothing executable.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, hasChromium, launch, tabIdOf, type Harness } from './harness';
import { PAGES_DIR } from '../support/fixture-pages';
import { findExecutable } from '../hostile/support/find-executable';
import { placeVector } from '../hostile/support/hostile-pages';
import { VECTORS } from '../hostile/support/vectors';

const SHOWN_MARK = 'clear-news-shown';
const FIXTURE = 'publisher-plain';

/** The fixture page with every vector in it, spread over its six longest paragraphs (head ones in the head). */
function hostilePage(): string {
  let html = readFileSync(path.join(PAGES_DIR, FIXTURE, 'source.html'), 'utf8');
  VECTORS.forEach((vector, i) => (html = placeVector(html, vector, i % 6)));
  return html;
}

async function serve(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if ((req.url ?? '/').startsWith('/hostile/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hostile/` };
}

describe.skipIf(!hasChromium)('the extension on a page full of XSS vectors', () => {
  let h: Harness;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await serve(hostilePage()));
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  it.each(['popup.html', 'reader-tab.html'])('%s shows the article and runs none of them', async (file) => {
    const page = await h.context.newPage();
    // The hostile page itself runs its scripts and raises its dialogs: that is the page's business.
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, url);

    const view: Page = await h.context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    view.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    collectErrors(view, errors);
    // Chrome reports a blocked inline handler as soon as the attribute is set, also in the inert
    // document the snapshot is parsed into: those reports come with the document as their target.
    // One whose target is an element of the extension page itself means a handler reached its DOM.
    await view.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: { live: number; inert: number } };
        w.__csp ??= { live: 0, inert: 0 };
        const target = e.target as Node | null;
        if (target && target.nodeType === 1 && target.ownerDocument === document) w.__csp.live++;
        else w.__csp.inert++;
      }, true),
    );
    await view.goto(`chrome-extension://${h.extensionId}/${file}?tabId=${tabId}`);
    await view.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 30_000 });
    // Give any image error, load or focus handler time to fire.
    await view.waitForTimeout(1_500);

    console.log('DEBUG', (await view.evaluate(() => document.body.innerText)).slice(0, 400));
    const articleText = (await view.locator('article').textContent()) ?? '';
    const rendered = await view.evaluate(() => document.body.innerHTML);
    // The whole page may carry the app's own ids; the article may not carry any a page could clobber with.
    const findings = [...findExecutable(rendered, 'document'), ...findExecutable(await view.locator('article').innerHTML(), 'fragment')];
    const csp = await view.evaluate(() => (window as unknown as { __csp?: { live: number; inert: number } }).__csp ?? { live: 0, inert: 0 });
    const otherErrors = errors.filter((e) => !/Executing inline event handler violates the following Content Security Policy/.test(e));
    console.log(
      `${file}: ${VECTORS.length} vectors on the page; article shown with ${articleText.split(/\s+/).length} words; dialogs ${dialogs.length}, ` +
        `blocked handlers in the page's own DOM ${csp.live} (reports from the inert snapshot: ${csp.inert}), other errors ${otherErrors.length}, ` +
        `executable in the rendered DOM ${findings.length}`,
    );

    expect(await view.locator('article').count()).toBe(1);
    expect(articleText.split(/\s+/).length).toBeGreaterThan(150);
    expect(dialogs).toEqual([]);
    expect(csp.live).toBe(0);
    expect(otherErrors).toEqual([]);
    expect(findings).toEqual([]);
    await view.close();
    await page.close();
  });
});
