// Smoke test of the Firefox build in real Firefox ESR: popup and reader tab on one aggregator article.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, serveFixtures } from './harness';
import { loadFixture } from '../support/fixture-pages';
import {
  FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, tabIdOf, type FirefoxHarness,
} from './firefox-harness';

const FIXTURE = 'daily8-article';
const SHOWN_MARK = 'clear-news-shown';
const CLUTTER = 'Try Our AI Features';

describe.skipIf(!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))('extension in Firefox', () => {
  let h: FirefoxHarness;
  let server: Server;
  let origin: string;
  let fixturePage: Page;
  let tabId: number;
  const expected = loadFixture(FIXTURE).expected;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
    // The fixture server answers anything that is not a fixture with an empty 204, so it doubles as the proxy.
    h = await launchFirefox(Number(new URL(origin).port));

    fixturePage = await h.browser.newPage();
    const url = `${origin}/${FIXTURE}/`;
    await fixturePage.goto(url, { waitUntil: 'load' });
    // Any extension page can list the tabs; the popup without ?tabId only reports that its own tab is a browser page.
    const probe = await h.browser.newPage();
    await navigateExtensionPage(probe, h.extUrl('popup.html'));
    tabId = await tabIdOf(probe, url);
    await probe.close();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  /** Opens an extension page for the fixture's tab and waits until it shows a result (or fails with the state it reached). */
  async function openForFixture(file: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await h.browser.newPage();
    if (viewport) await page.setViewport(viewport);
    await navigateExtensionPage(page, `${h.extUrl(file)}?tabId=${tabId}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout: 20_000 }, SHOWN_MARK);
    const status = await page.evaluate((mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark).detail as string, SHOWN_MARK);
    const shown = status === 'ready' ? '' : await page.evaluate(() => document.body.innerText);
    expect(status, `${file} ended in state "${status}" instead of showing the article:\n${shown}`).toBe('ready');
    return page;
  }

  // textContent, not innerText: CSS text-transform (the source is set in capitals) must not change what is compared.
  const text = (page: Page, selector: string) =>
    page.$eval(selector, (el) => el.textContent ?? '').catch(async () => {
      // page.url() lags behind BiDi navigations; the page knows where it is.
      throw new Error(`no ${selector} on ${await page.evaluate(() => location.href)}`);
    });

  async function expectNoErrors(extensionPage: Page): Promise<void> {
    const errors = await h.log.takeErrors(extensionPage);
    expect(errors, `the extension logged errors in Firefox:\n${errors.join('\n')}`).toEqual([]);
  }

  it('shows the article in the popup, with its source, without the clutter', async () => {
    // A real popup is at most 800x600; the popup page is laid out for that.
    const popup = await openForFixture('popup.html', { width: 520, height: 600 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'firefox-popup.png') });

    expect(await popup.$$eval('article', (els) => els.length)).toBe(1);
    expect(await text(popup, '.article-title')).toBe(expected.title);
    expect(await text(popup, '.article-source')).toContain('Russia Today');
    const article = await text(popup, 'article');
    for (const sentence of expected.mustKeep ?? []) expect(article).toContain(sentence);
    for (const clutter of expected.mustNotContain ?? []) expect(article).not.toContain(clutter);
    expect(await text(popup, 'body')).not.toContain(CLUTTER);
    await expectNoErrors(popup);
    await popup.close();
  });

  it('renders the article in the reader tab', async () => {
    const reader = await openForFixture('reader-tab.html');
    expect(await text(reader, '.article-title')).toBe(expected.title);
    expect(await text(reader, '.article-source')).toContain('Russia Today');
    const article = await text(reader, 'article');
    for (const sentence of expected.mustKeep ?? []) expect(article).toContain(sentence);
    expect(await text(reader, 'body')).not.toContain(CLUTTER);
    await expectNoErrors(reader);
    await reader.close();
  });
});
