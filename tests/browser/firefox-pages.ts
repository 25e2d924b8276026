// Steps the Firefox tests share: open an extension page for a tab, click by label, show a theme,
// check the extension's error log. Clicks go through the page's DOM: BiDi's input actions on
// moz-extension:// pages are not what these tests are about, and the existing Firefox tests click so too.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, type FirefoxHarness } from './firefox-harness';
import { ARTIFACTS, serveFixtures } from './harness';

export const SHOWN_MARK = 'clear-news-shown';

/** Firefox ESR and the extension's Firefox build are both there: the Firefox suites are skipped without them. */
export const hasFirefoxBuild = existsSync(FIREFOX) && existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'));

export interface FirefoxSession {
  h: FirefoxHarness;
  origin: string;
  /** An extension page kept open to read tab ids with (tabIdOf). */
  probe: Page;
}

/**
 * Firefox with the built extension for the suite it is called in, and a page server (the fixture
 * pages by default). The server answers anything that is not one of its pages with an empty 204, so
 * it doubles as the proxy. The fields are set before the suite's own beforeAll hooks run.
 */
export function useFirefox(serve: () => Promise<{ server: Server; origin: string }> = serveFixtures): FirefoxSession {
  const session = {} as FirefoxSession;
  let server: Server | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin: session.origin } = await serve());
    session.h = await launchFirefox(Number(new URL(session.origin).port));
    session.probe = await session.h.browser.newPage();
    await navigateExtensionPage(session.probe, session.h.extUrl('popup.html'));
  });
  afterAll(async () => {
    await session.h?.cleanup();
    server?.close();
  });
  return session;
}
/** The popup's size: a real popup is at most 800x600. */
export const POPUP_VIEWPORT = { width: 520, height: 600 };

/** The extension API inside an extension page, only the calls the tests make. */
export type InPage = {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      create(p: { url: string; active?: boolean }): Promise<{ id?: number }>;
      remove(id: number): Promise<void>;
    };
  };
};

/** Ids of every open tab, asked from an extension page (they are listed with or without their URLs). */
export function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => (await (globalThis as unknown as InPage).browser.tabs.query({})).map((t) => t.id!));
}

/**
 * Opens `file` (popup.html, reader-tab.html) for the tab and waits for the page's shown mark.
 * Returns the state it was shown in ('ready', 'restricted', …).
 */
export async function openForTab(
  h: FirefoxHarness, file: string, tabId: number, viewport = POPUP_VIEWPORT, timeout = 30_000,
): Promise<{ page: Page; status: string }> {
  const page = await h.browser.newPage();
  await page.setViewport(viewport);
  await navigateExtensionPage(page, `${h.extUrl(file)}?tabId=${tabId}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout }, SHOWN_MARK);
  const status = await page.evaluate((mark) => String((performance.getEntriesByName(mark)[0] as PerformanceMark).detail), SHOWN_MARK);
  return { page, status };
}

/** Like openForTab, failing with the page's words unless it shows an article. */
export async function openArticle(h: FirefoxHarness, file: string, tabId: number, viewport = POPUP_VIEWPORT): Promise<Page> {
  const { page, status } = await openForTab(h, file, tabId, viewport);
  const shown = status === 'ready' ? '' : await page.evaluate(() => document.body.innerText);
  expect(status, `${file} ended in state "${status}" instead of showing the article:\n${shown}`).toBe('ready');
  return page;
}

/** Clicks the first button whose trimmed text is `label`; fails if there is none. */
export async function clickButton(page: Page, label: string, within = 'body'): Promise<void> {
  const found = await page.evaluate((l, sel) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>(`${sel} button`)].find((b) => b.textContent?.trim() === l);
    button?.click();
    return Boolean(button);
  }, label, within);
  if (!found) throw new Error(`no button "${label}" in ${within}`);
}

export const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
export const count = (page: Page, selector: string) => page.$$eval(selector, (els) => els.length);

/** Polls fn until it returns what `ok` accepts; fails with the last value after timeout. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The page background of each theme (base.css --bg), as getComputedStyle gives it. */
const THEME_BG = { light: 'rgb(253, 253, 252)', dark: 'rgb(23, 25, 28)' } as const;

/**
 * Shows the page in a theme. BiDi cannot emulate prefers-color-scheme (axe.test.ts launches a Firefox per
 * theme with a pref instead); the pages' explicit theme takes the same colours, and the background is checked.
 */
export async function showTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const bg = await page.evaluate((th) => {
    document.documentElement.dataset.theme = th;
    return getComputedStyle(document.documentElement).backgroundColor;
  }, theme);
  expect(bg, `${theme} theme background`).toBe(THEME_BG[theme]);
}

export async function expectNoErrors(h: FirefoxHarness, extensionPage: Page): Promise<void> {
  const errors = await h.log.takeErrors(extensionPage);
  expect(errors, `the extension logged errors in Firefox:\n${errors.join('\n')}`).toEqual([]);
}
