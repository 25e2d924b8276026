// Honest waiting and long pages in real Firefox ESR (waiting.test.ts is the Chromium side): a page still
// loading, a page that never finishes, every kind of tab Firefox will not let an extension read, and a
// 20,000-word article.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, tabIdOf, type FirefoxHarness } from './firefox-harness';
import { clickButton, count, expectNoErrors, openArticle, openForTab, showTheme, SHOWN_MARK, tabIds, text, until } from './firefox-pages';
import { NEWSLETTER_TEXT } from '../support/long-article';
import { FIRST_PARAGRAPH, LATE_PARAGRAPH, LONG, serveWaitingPages, type WaitingPages } from './waiting-pages';

const STORE_HOST = 'addons.mozilla.org';

describe.skipIf(!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))('honest waiting and long pages in Firefox ESR', () => {
  let h: FirefoxHarness;
  let pages: WaitingPages;
  let origin: string;
  let localFile: string;
  /** An extension page kept open to ask the tabs API. */
  let probe: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The server is also Firefox's proxy: requests for the add-on store arrive with its host.
    pages = await serveWaitingPages('waiting-firefox', { [STORE_HOST]: '<h1>Add-ons</h1><p>An add-on page.</p>' });
    ({ origin, localFile } = pages);
    h = await launchFirefox(Number(new URL(origin).port));
    probe = await h.browser.newPage();
    await navigateExtensionPage(probe, h.extUrl('popup.html'));
  });
  afterAll(async () => {
    await h?.cleanup();
    pages?.close();
  });
  const releaseSlow = () => pages.releaseSlow();

  /** The note over a result read from a page still loading; state null while there is none (a re-read in progress). */
  const loadingNote = (popup: Page) => popup.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.page-loading-note');
    return { state: el?.getAttribute('data-state') ?? null, words: el?.innerText ?? '' };
  });

  /** A page whose response is still coming: the first part is on screen, the load event has not fired. */
  async function openStillLoading(route: string): Promise<{ page: Page; tabId: number }> {
    const page = await h.browser.newPage();
    await navigateExtensionPage(page, `${origin}${route}`, 'none');
    await page.waitForSelector('#first');
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    return { page, tabId: await tabIdOf(probe, `${origin}${route}`) };
  }

  it('shows what a page still loading has, and reads it again when it has loaded', async () => {
    const { page, tabId } = await openStillLoading('/slow/');
    const popup = await openArticle(h, 'popup.html', tabId);
    const shownMs = await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, SHOWN_MARK);
    const note = await loadingNote(popup);
    expect(note.state).toBe('waiting');
    expect(note.words).toMatch(/still loading/);
    expect(await text(popup, 'article')).toContain(FIRST_PARAGRAPH);
    expect(await text(popup, 'article')).not.toContain(LATE_PARAGRAPH);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-partial-firefox-light.png') });
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-partial-firefox-dark.png') });

    releaseSlow();
    await until(() => count(popup, '.page-loading-note'), (n) => n === 0, 'loading note after the page loaded');
    expect(await text(popup, 'article')).toContain(LATE_PARAGRAPH);
    console.log(`\nFirefox, page still loading: its first part shown ${shownMs.toFixed(0)} ms after the popup opened; read again once loaded.\n`);
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });

  it('says when a page is still loading after the bounded wait, with a Retry that reads it again', async () => {
    const { page, tabId } = await openStillLoading('/stuck/');
    const popup = await openArticle(h, 'popup.html', tabId);
    expect((await loadingNote(popup)).state).toBe('waiting');
    expect(await text(popup, 'article')).toContain(FIRST_PARAGRAPH);
    await popup.waitForSelector('.page-loading-note[data-state="gave-up"]', { timeout: 25_000 });
    expect((await loadingNote(popup)).words).toMatch(/still loading after \d+ seconds/);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-gave-up-firefox-light.png') });
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-gave-up-firefox-dark.png') });
    await clickButton(popup, 'Retry', '.page-loading-note');
    await until(() => loadingNote(popup).then((n) => n.state), (s) => s === 'waiting', 'note after Retry');
    expect(await text(popup, 'article')).toContain(FIRST_PARAGRAPH);
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  }, 60_000);

  /** Every kind of tab Firefox will not let an extension read, and the message each should end in. */
  function restrictedTabs(harness: FirefoxHarness): { url: string; hidden: string; visible: string }[] {
    return [
      // Firefox runs nothing in its own pages yet reports the injection as done; the URL stays hidden.
      { url: 'about:robots', hidden: 'no-access', visible: 'browser-page' },
      { url: 'about:blank', hidden: 'no-access', visible: 'browser-page' },
      // Unlike Chromium, Firefox refuses a source view at once: no bounded wait is needed.
      { url: `view-source:${origin}/long/`, hidden: 'no-access', visible: 'view-source' },
      // An extension page always sees its own extension's URLs.
      { url: harness.extUrl('reader-tab.html'), hidden: 'extension-page', visible: 'extension-page' },
      { url: `http://${STORE_HOST}/en-US/firefox/addon/some-add-on/`, hidden: 'no-access', visible: 'extension-store' },
      { url: `file://${localFile}`, hidden: 'no-access', visible: 'local-file' },
      // The PDF viewer shows the PDF at its own address, which the local server's host access reveals.
      { url: `${origin}/doc.pdf`, hidden: 'pdf', visible: 'pdf' },
      { url: 'data:text/html,<h1>Made of a data URL</h1><p>Some text.</p>', hidden: 'no-access', visible: 'data-url' },
    ];
  }

  async function checkRestricted(harness: FirefoxHarness, which: 'hidden' | 'visible'): Promise<string[]> {
    const lister = await harness.browser.newPage();
    await navigateExtensionPage(lister, harness.extUrl('popup.html'));
    const rows: string[] = [];
    for (const { url, ...expected } of restrictedTabs(harness)) {
      // A tab opened as a person would (BiDi navigates with the rights of the address bar, which
      // tabs.create lacks for about:, data:, file: and view-source:), found as the one new tab id.
      const before = new Set(await tabIds(lister));
      const tab = await harness.browser.newPage();
      await navigateExtensionPage(tab, url, 'none');
      // Let the tab reach its page (the PDF viewer, the source view) before the popup asks for it.
      await new Promise((r) => setTimeout(r, 1000));
      const tabId = (await tabIds(lister)).find((id) => !before.has(id));
      expect(tabId, `${url}: a new tab`).toBeDefined();
      const { page: popup } = await openForTab(harness, 'popup.html', tabId!);
      await popup.waitForSelector('.state-restricted, .state-no-answer', { timeout: 15_000 });
      const shownMs = await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, SHOWN_MARK);
      const { kind, words } = await popup.$eval('.state-restricted, .state-no-answer', (el) => ({
        kind: el.getAttribute('data-restriction') ?? 'no-answer', words: (el as HTMLElement).innerText,
      }));
      expect.soft(kind, `${url} (URL ${which})`).toBe(expected[which]);
      expect.soft(words.length, `${url}: says why`).toBeGreaterThan(40);
      if (kind === 'no-answer') expect.soft(await count(popup, '.state-no-answer button')).toBe(1);
      rows.push(`${url.slice(0, 60).padEnd(60)} ${kind.padEnd(16)} shown after ${shownMs.toFixed(0).padStart(5)} ms  ${words.split('\n')[0]}`);
      if (which === 'visible' && (url.startsWith('view-source') || url.startsWith('about:robots'))) {
        const name = `waiting-${which}-${kind}-firefox`;
        await popup.screenshot({ path: path.join(ARTIFACTS, `${name}-light.png`) });
        await showTheme(popup, 'dark');
        await popup.screenshot({ path: path.join(ARTIFACTS, `${name}-dark.png`) });
      }
      await expectNoErrors(harness, popup);
      await popup.close();
      await tab.close();
    }
    await lister.close();
    return rows;
  }

  it('ends in a clear message for every tab it cannot read, its URL hidden (no grant yet)', { timeout: 180_000 }, async () => {
    const rows = await checkRestricted(h, 'hidden');
    console.log(`\nFirefox, tabs that cannot be read, URL hidden from the extension:\n${rows.join('\n')}\n`);
  });

  it('ends in the message of each kind when the URL is known (as after a toolbar click)', { timeout: 180_000 }, async () => {
    const seeing = await launchFirefox(Number(new URL(origin).port), {}, ['tabs']);
    try {
      const rows = await checkRestricted(seeing, 'visible');
      console.log(`\nFirefox, tabs that cannot be read, URL known:\n${rows.join('\n')}\n`);
    } finally {
      await seeing.cleanup();
    }
  });

  it('shows a 20,000-word article first screen first, and re-renders a filter toggle without asking the tab again', { timeout: 180_000 }, async () => {
    const page = await h.browser.newPage();
    await page.goto(`${origin}/long/`, { waitUntil: 'load' });
    const tabId = await tabIdOf(probe, `${origin}/long/`);
    const popup = await openArticle(h, 'popup.html', tabId);
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:all-blocks').length > 0, { timeout: 60_000 });
    // The explanation of the filters comes after the article; the toggle is measured once it is in.
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:explained').length > 0, { timeout: 60_000 });
    const at = (names: string[]) =>
      popup.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n).map((e) => e.startTime)])), names);
    const marks = await at([
      'cnr:start', 'cnr:tab', 'cnr:injected', 'cnr:snapshot', 'cnr:parsed', 'cnr:extracted', 'cnr:first-screen', 'cnr:all-blocks', 'cnr:explained',
    ]);
    const steps = ['cnr:start', 'cnr:tab', 'cnr:injected', 'cnr:snapshot', 'cnr:parsed', 'cnr:extracted'].map((n, i, ns) =>
      (i === 0 ? marks[n][0] : marks[n][0] - marks[ns[i - 1]][0]).toFixed(0),
    );
    const article = await text(popup, 'article');
    expect(article).not.toContain(NEWSLETTER_TEXT);
    expect(article).toContain(LONG.firstParagraph);
    expect(article).toContain(LONG.lastParagraph);
    expect(article.split(/\s+/).length).toBeGreaterThan(19_000);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-long-firefox-light.png') });

    // Every injection of the reader script adds one listener; a toggle must not add another.
    const injections = () => page.evaluate(() => document.querySelectorAll('script').length);
    const scriptsBefore = await injections();
    await clickButton(popup, 'Filters');
    const pack = 'newsletter';
    const flip = () => popup.$eval(`.pack[data-pack="${pack}"] [role="switch"]`, (el) => (el as HTMLElement).click());
    await flip();
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:all-blocks').length > 1, { timeout: 120_000 });
    // The newsletter box is one Readability would keep: switching its filter off changes the article.
    expect(await text(popup, 'article')).toContain(NEWSLETTER_TEXT);
    const after = await at(['cnr:toggle', 'cnr:extracted', 'cnr:first-screen', 'cnr:all-blocks']);
    expect(await popup.$eval(`.pack[data-pack="${pack}"] [role="switch"]`, (el) => el.getAttribute('aria-checked'))).toBe('false');
    expect(await injections()).toBe(scriptsBefore);
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-long-toggled-firefox-dark.png') });
    await flip();
    await until(() => text(popup, 'article'), (t) => !t.includes(NEWSLETTER_TEXT), 'newsletter gone again');

    const last = (xs: number[]) => xs[xs.length - 1];
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(
      `\nFirefox, ${LONG.words}-word article (${pack} toggled):\n` +
        `  open: pipeline ${ms(marks['cnr:extracted'][0] - marks['cnr:parsed'][0])}, then first screen ${ms(marks['cnr:first-screen'][0] - marks['cnr:extracted'][0])} ` +
        `and every block ${ms(marks['cnr:all-blocks'][0] - marks['cnr:extracted'][0])} after it; explanation of the filters ${ms(marks['cnr:explained'][0] - marks['cnr:extracted'][0])} after it; ` +
        `popup open to first screen ${ms(marks['cnr:first-screen'][0])} (${steps.join(' + ')}: page, tab, inject, snapshot, parse, pipeline)\n` +
        `  toggle: pipeline ${ms(last(after['cnr:extracted']) - last(after['cnr:toggle']))}, then re-rendered first screen ${ms(last(after['cnr:first-screen']) - last(after['cnr:extracted']))} ` +
        `and every block ${ms(last(after['cnr:all-blocks']) - last(after['cnr:extracted']))} after it\n`,
    );
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });
});

