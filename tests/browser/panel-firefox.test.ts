// The sidebar page (Firefox's sidebar_action) and the popup's narrow layout in real Firefox ESR:
// the sidebar follows the active tab of its window and prompts on a tab it may not read yet.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, serveFixtures } from './harness';
import { loadFixture } from '../support/fixture-pages';
import { FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, tabIdOf, type FirefoxHarness } from './firefox-harness';

const FIRST = 'daily8-article';
const SECOND = 'spanish-news-article';

/** The extension API inside an extension page, only the calls made here. */
type InPage = {
  browser: {
    tabs: { get(id: number): Promise<{ windowId?: number }> };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
};

describe.skipIf(!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))('sidebar and popup layout in Firefox', () => {
  let h: FirefoxHarness;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
    // The fixture server answers anything that is not a fixture with an empty 204, so it doubles as the proxy.
    h = await launchFirefox(Number(new URL(origin).port));
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  const pageUrl = (slug: string) => `${origin}/${slug}/`;
  const title = (slug: string) => loadFixture(slug).expected.title ?? '';

  async function openFixture(url: string): Promise<Page> {
    const page = await h.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  const extensionErrors = (page: Page) => h.log.takeErrors(page);

  const waitForTitle = (panel: Page, expected: string) =>
    panel.waitForFunction((t) => document.querySelector('.article-title')?.textContent === t, { timeout: 30_000 }, expected);

  it('follows the active tab and prompts on a tab it may not read yet', async () => {
    const first = await openFixture(pageUrl(FIRST));
    const panel = await h.browser.newPage();
    await panel.setViewport({ width: 400, height: 860 });
    // Any extension page can look the tab up; the sidebar page itself then follows the fixture's window.
    await navigateExtensionPage(panel, h.extUrl('sidepanel.html'));
    const firstId = await tabIdOf(panel, pageUrl(FIRST));
    const windowId = await panel.evaluate(async (id) => (await (globalThis as unknown as InPage).browser.tabs.get(id)).windowId, firstId);
    await navigateExtensionPage(panel, `${h.extUrl('sidepanel.html')}?window=${windowId}`);

    await first.bringToFront();
    await waitForTitle(panel, title(FIRST));
    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-firefox-article.png') });

    const second = await openFixture(pageUrl(SECOND));
    await second.bringToFront();
    await waitForTitle(panel, title(SECOND));
    await first.bringToFront();
    await waitForTitle(panel, title(FIRST));

    // localhost is outside the test copy's host access, as any page is before the toolbar click.
    const ungranted = await openFixture(pageUrl(FIRST).replace('127.0.0.1', 'localhost'));
    await ungranted.bringToFront();
    await panel.waitForSelector('[data-state="needs-grant"]', { timeout: 30_000 });
    const commands = await panel.evaluate(() => (globalThis as unknown as InPage).browser.commands.getAll());
    const shortcut = commands.find((c) => c.name === '_execute_browser_action')?.shortcut ?? '';
    console.log(`Firefox toolbar command: ${JSON.stringify(commands)}`);
    // The MV2 build names the popup's command as Firefox MV2 knows it, so the shortcut opens the popup.
    expect(shortcut).toBe('Alt+Shift+R');
    const kbd = await panel.$$eval('[data-state="needs-grant"] kbd', (els) => els.map((el) => el.textContent));
    expect(kbd).toEqual(shortcut ? [shortcut] : []);
    expect(await panel.$$eval('article', (els) => els.length)).toBe(0);
    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-firefox-needs-grant.png') });

    const errors = await extensionErrors(panel);
    expect(errors, `the extension logged errors in Firefox:\n${errors.join('\n')}`).toEqual([]);
    for (const p of [panel, ungranted, second, first]) await p.close();
  }, 240_000);

  it('lays the popup out at 320 px with nothing past the right edge', async () => {
    const page = await openFixture(pageUrl(FIRST));
    const popup = await h.browser.newPage();
    await popup.setViewport({ width: 320, height: 600 });
    await navigateExtensionPage(popup, h.extUrl('popup.html'));
    const tabId = await tabIdOf(popup, pageUrl(FIRST));
    await navigateExtensionPage(popup, `${h.extUrl('popup.html')}?tabId=${tabId}`);
    await popup.waitForSelector('.article-title', { timeout: 30_000 });
    const { scrollWidth, clientWidth } = await popup.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await popup.$$eval('button', (els) => els.map((el) => el.textContent))).toEqual(
      expect.arrayContaining(['Open in side panel', 'Open in tab']),
    );
    await popup.screenshot({ path: path.join(ARTIFACTS, 'panel-firefox-popup-320.png') });
    const errors = await extensionErrors(popup);
    expect(errors, `the extension logged errors in Firefox:\n${errors.join('\n')}`).toEqual([]);
    await popup.close();
    await page.close();
  }, 120_000);
});
