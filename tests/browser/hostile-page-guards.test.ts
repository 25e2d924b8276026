// A hostile page against the built extension in Chromium: elements named like the install marks,
// a listener for every window message, and markup of its own named like the live cleaner's.
// The reader must start, post nothing to the page, keep "clean this page too" on across popup
// opens, and give the page back byte for byte when it is switched off.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, launch, serveFixtures, tabIdOf, type Harness } from './harness';
import { loadFixture } from '../support/fixture-pages';

const FIXTURE = 'daily8-article';
const SHOWN_MARK = 'clear-news-shown';

/** The fixture page with the attacks added at the top of its body, and a recorder of what reaches the page. */
function hostilePage(): string {
  const { html } = loadFixture(FIXTURE);
  const attacks = `
<img name="__clearNewsReaderInstalled"><div id="__clearNewsLiveCleanInstalled"></div>
<form name="clear-news-reader/reader-installed"></form><embed name="Symbol">
<div id="own-marks" data-clear-news-hidden="theirs" data-clear-news-style="" style="COLOR:Red ;  display:block!important;;">The page's own block</div>
<script>
  window.__heard = [];
  window.addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));
  for (const t of ['wxt:content-script-started']) document.addEventListener(t, () => window.__heard.push(t));
</script>`;
  return html.replace(/<body([^>]*)>/i, (m) => m + attacks);
}

describe.skipIf(!hasChromium)('hostile page against the extension in Chromium', () => {
  let h: Harness;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await serveFixtures());
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  let opened = 0;
  async function openHostile(): Promise<{ page: Page; tabId: number; url: string }> {
    // A URL of its own per tab: tabs are found by URL.
    const url = `${origin}/hostile-guards/${++opened}`;
    const page = await h.context.newPage();
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage() }));
    await page.goto(url, { waitUntil: 'load' });
    return { page, tabId: await tabIdOf(h.worker, url), url };
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 520, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 20_000 });
    return popup;
  }

  it('reads the article, cleans the page and restores it, posting nothing to the page', async () => {
    const { page, tabId } = await openHostile();
    expect(await page.evaluate(() => String((window as unknown as Record<string, unknown>).__clearNewsReaderInstalled))).toBe('[object HTMLImageElement]');
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    let popup = await openPopup(tabId);
    const first = loadFixture(FIXTURE).expected.mustKeep![0];
    expect(await popup.locator('article').textContent()).toContain(first.slice(0, 40));
    await popup.getByRole('button', { name: 'Filters' }).click();
    let box = popup.getByLabel('Also hide the clutter on the page itself');
    await box.check();
    await expect.poll(() => page.locator('[style*="display: none !important"]').count()).toBeGreaterThan(0);
    await popup.close();

    // Reopened, the popup shows the switch as the tab has it.
    popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Filters' }).click();
    box = popup.getByLabel('Also hide the clutter on the page itself');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();

    // The page's own marks are untouched and nothing reached its window.
    expect(await page.locator('#own-marks').getAttribute('style')).toBe('COLOR:Red ;  display:block!important;;');
    expect(await page.locator('#own-marks').getAttribute('data-clear-news-hidden')).toBe('theirs');
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([]);
    expect(heard.join(' ')).not.toContain(h.extensionId);
    await page.close();
  });

  it('starts in a second tab and keeps each tab\'s switch its own', async () => {
    const a = await openHostile();
    const popupA = await openPopup(a.tabId);
    await popupA.getByRole('button', { name: 'Filters' }).click();
    await popupA.getByLabel('Also hide the clutter on the page itself').check();
    await expect.poll(() => a.page.locator('[style*="display: none !important"]').count()).toBeGreaterThan(0);
    await popupA.close();

    const b = await openHostile();
    const popupB = await openPopup(b.tabId);
    await popupB.getByRole('button', { name: 'Filters' }).click();
    expect(await popupB.getByLabel('Also hide the clutter on the page itself').isChecked()).toBe(false);
    await popupB.close();
    await a.page.close();
    await b.page.close();
  });
});
