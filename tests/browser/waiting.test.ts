// Honest waiting and long pages, in real Chromium with the built extension: a page still loading,
// a page that never finishes, every kind of tab that cannot be read, and a 20,000-word article.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, collectErrors, hasChromium, launch, launchWithManifest, tabIdOf, type Harness } from './harness';
import { NEWSLETTER_TEXT } from '../support/long-article';
import { FIRST_PARAGRAPH, LATE_PARAGRAPH, LONG, serveWaitingPages, type WaitingPages } from './waiting-pages';

const READABILITY_JS = path.join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js');
const SHOWN_MARK = 'clear-news-shown';

describe.skipIf(!hasChromium)('honest waiting and long pages in Chromium', () => {
  let h: Harness;
  let pages: WaitingPages;
  let origin: string;
  let localFile: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    pages = await serveWaitingPages('waiting');
    ({ origin, localFile } = pages);
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    pages?.close();
  });
  const releaseSlow = () => pages.releaseSlow();

  const popupUrl = (harness: Harness, tabId: number) => `chrome-extension://${harness.extensionId}/popup.html?tabId=${tabId}`;

  async function openPopup(harness: Harness, tabId: number): Promise<Page> {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 520, height: 600 });
    collectErrors(popup, errors);
    await popup.goto(popupUrl(harness, tabId));
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 30_000 });
    return popup;
  }

  /** A page whose response is still coming: the first part is on screen, the load event has not fired. */
  async function openStillLoading(route: string): Promise<{ page: Page; tabId: number }> {
    const page = await h.context.newPage();
    await page.goto(`${origin}${route}`, { waitUntil: 'commit' });
    await page.waitForSelector('#first', { state: 'attached' });
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    return { page, tabId: await tabIdOf(h.worker, `${origin}${route}`) };
  }

  it('shows what a page still loading has, and reads it again when it has loaded', async () => {
    const { page, tabId } = await openStillLoading('/slow/');
    const popup = await openPopup(h, tabId);
    const shownMs = await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, SHOWN_MARK);
    expect(await popup.locator('.page-loading-note').getAttribute('data-state')).toBe('waiting');
    expect(await popup.locator('.page-loading-note').innerText()).toMatch(/still loading/);
    const text = (await popup.locator('article').textContent()) ?? '';
    expect(text).toContain(FIRST_PARAGRAPH);
    expect(text).not.toContain(LATE_PARAGRAPH);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-partial.png') });

    releaseSlow();
    await expect.poll(() => popup.locator('.page-loading-note').count(), { timeout: 20_000 }).toBe(0);
    expect(await popup.locator('article').textContent()).toContain(LATE_PARAGRAPH);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-loaded.png') });
    console.log(`\nPage still loading: its first part shown ${shownMs.toFixed(0)} ms after the popup opened; read again once loaded.\n`);
    await popup.close();
    await page.close();
  });

  it('says when a page is still loading after the bounded wait, with a Retry that reads it again', async () => {
    const { page, tabId } = await openStillLoading('/stuck/');
    const popup = await openPopup(h, tabId);
    expect(await popup.locator('.page-loading-note').getAttribute('data-state')).toBe('waiting');
    expect(await popup.locator('article').textContent()).toContain(FIRST_PARAGRAPH);
    const note = popup.locator('.page-loading-note[data-state="gave-up"]');
    await note.waitFor({ timeout: 25_000 });
    expect(await note.innerText()).toMatch(/still loading after \d+ seconds/);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-gave-up.png') });
    await note.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => popup.locator('.page-loading-note').getAttribute('data-state')).toBe('waiting');
    expect(await popup.locator('article').textContent()).toContain(FIRST_PARAGRAPH);
    await popup.close();
    await page.close();
  });

  /** Every kind of tab an extension may not read, and the message each should end in. */
  function restrictedTabs(harness: Harness): { url: string; hidden: string; visible: string }[] {
    return [
      { url: 'chrome://version', hidden: 'browser-page', visible: 'browser-page' },
      { url: 'about:blank', hidden: 'no-access', visible: 'browser-page' },
      // The browser neither runs a script in a source view nor says no: only the bounded wait ends it.
      { url: `view-source:${origin}/long/`, hidden: 'no-answer', visible: 'view-source' },
      // An extension page always sees its own extension's URLs.
      { url: `chrome-extension://${harness.extensionId}/reader-tab.html`, hidden: 'extension-page', visible: 'extension-page' },
      { url: 'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop', hidden: 'extension-store', visible: 'extension-store' },
      { url: `file://${localFile}`, hidden: 'no-access', visible: 'local-file' },
      { url: `${origin}/doc.pdf`, hidden: 'pdf', visible: 'pdf' },
      { url: 'data:text/html,<h1>Made of a data URL</h1><p>Some text.</p>', hidden: 'no-access', visible: 'data-url' },
    ];
  }

  async function checkRestricted(harness: Harness, which: 'hidden' | 'visible'): Promise<string[]> {
    // The store answers locally (every other host already gets an empty answer from the harness).
    await harness.context.route(/chromewebstore\.google\.com/, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Store</h1>' }));
    const rows: string[] = [];
    for (const { url, ...expected } of restrictedTabs(harness)) {
      const tabId = await harness.worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id!, url);
      // Let the tab reach its page (the PDF viewer, the store) before the popup asks for it.
      await new Promise((r) => setTimeout(r, 800));
      const popup = await openPopup(harness, tabId);
      const state = popup.locator('.state-restricted, .state-no-answer').first();
      await state.waitFor({ timeout: 15_000 });
      const shownMs = await popup.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, SHOWN_MARK);
      const kind = (await state.getAttribute('data-restriction')) ?? 'no-answer';
      const words = await state.innerText();
      expect.soft(kind, `${url} (URL ${which})`).toBe(expected[which]);
      expect.soft(words.length, `${url}: says why`).toBeGreaterThan(40);
      if (kind === 'no-answer') expect.soft(await popup.getByRole('button', { name: 'Retry' }).count()).toBe(1);
      rows.push(`${url.slice(0, 60).padEnd(60)} ${kind.padEnd(16)} shown after ${shownMs.toFixed(0).padStart(5)} ms  ${words.split('\n')[0]}`);
      if (url.startsWith('view-source') || url.startsWith('file')) await popup.screenshot({ path: path.join(ARTIFACTS, `waiting-${which}-${kind}.png`) });
      await popup.close();
      await harness.worker.evaluate(async (id) => (chrome.tabs as unknown as { remove(id: number): Promise<void> }).remove(id), tabId);
    }
    return rows;
  }

  it('ends in a clear message for every tab it cannot read, its URL hidden (no grant yet)', { timeout: 180_000 }, async () => {
    const rows = await checkRestricted(h, 'hidden');
    console.log(`\nTabs that cannot be read, URL hidden from the extension:\n${rows.join('\n')}\n`);
  });

  it('ends in the message of each kind when the URL is known (as after a toolbar click)', { timeout: 180_000 }, async () => {
    const seeing = await launchWithManifest({ permissions: ['activeTab', 'scripting', 'storage', 'tabs'] });
    try {
      const rows = await checkRestricted(seeing, 'visible');
      console.log(`\nTabs that cannot be read, URL known:\n${rows.join('\n')}\n`);
    } finally {
      await seeing.cleanup();
    }
  });

  it('shows a 20,000-word article first screen first, and re-renders a filter toggle without asking the tab again', { timeout: 180_000 }, async () => {
    const page = await h.context.newPage();
    await page.goto(`${origin}/long/`, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, `${origin}/long/`);
    const popup = await openPopup(h, tabId);
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:all-blocks').length > 0);
    const at = (names: string[]) =>
      popup.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n).map((e) => e.startTime)])), names);
    const marks = await at([
      'cnr:start', 'cnr:tab', 'cnr:injected', 'cnr:snapshot', 'cnr:parsed', 'cnr:extracted', 'cnr:body-start', 'cnr:body-inserted', 'cnr:first-screen', 'cnr:all-blocks',
    ]);
    const firstScreenSteps = ['cnr:extracted', 'cnr:body-start', 'cnr:body-inserted', 'cnr:first-screen']
      .map((n, i, ns) => (i === 0 ? '' : (marks[n][0] - marks[ns[i - 1]][0]).toFixed(0)))
      .slice(1);
    const steps = ['cnr:start', 'cnr:tab', 'cnr:injected', 'cnr:snapshot', 'cnr:parsed', 'cnr:extracted'].map((n, i, ns) =>
      (i === 0 ? marks[n][0] : marks[n][0] - marks[ns[i - 1]][0]).toFixed(0),
    );
    const text = (await popup.locator('article').textContent()) ?? '';
    expect(text).not.toContain(NEWSLETTER_TEXT);
    expect(text).toContain(LONG.firstParagraph);
    expect(text).toContain(LONG.lastParagraph);
    expect(text.split(/\s+/).length).toBeGreaterThan(19_000);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-long.png') });

    // Every injection of the reader script adds one listener; a toggle must not add another.
    const injections = () => page.evaluate(() => document.querySelectorAll('script').length);
    const scriptsBefore = await injections();
    await popup.getByRole('button', { name: 'Filters' }).click();
    // The newsletter box is one Readability would keep: switching its filter off changes the article.
    const pack = 'newsletter';
    const row = popup.locator(`.pack[data-pack="${pack}"]`);
    await row.getByRole('switch').click();
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:all-blocks').length > 1, undefined, { timeout: 120_000 });
    expect(await popup.locator('article').textContent()).toContain(NEWSLETTER_TEXT);
    const after = await at(['cnr:toggle', 'cnr:extracted', 'cnr:first-screen', 'cnr:all-blocks']);
    expect(await popup.locator(`.pack[data-pack="${pack}"]`).getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(await injections()).toBe(scriptsBefore);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'waiting-long-toggled.png') });
    await row.getByRole('switch').click();

    await page.addScriptTag({ path: READABILITY_JS });
    const readabilityMs = await page.evaluate(() => {
      const t0 = performance.now();
      // @ts-expect-error Readability is the global the script tag defined
      new Readability(document.cloneNode(true)).parse();
      return performance.now() - t0;
    });
    const last = (xs: number[]) => xs[xs.length - 1];
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(
      `\n${LONG.words}-word article (${pack} toggled):\n` +
        `  open: pipeline ${ms(marks['cnr:extracted'][0] - marks['cnr:parsed'][0])}, then first screen ${ms(marks['cnr:first-screen'][0] - marks['cnr:extracted'][0])} ` +
        `(${firstScreenSteps.join(' + ')}: to the body's render, split and sanitize and insert, to painted) ` +
        `and every block ${ms(marks['cnr:all-blocks'][0] - marks['cnr:extracted'][0])} after it; popup open to first screen ${ms(marks['cnr:first-screen'][0])} ` +
        `(${steps.join(' + ')}: page, tab, inject, snapshot, parse, pipeline)\n` +
        `  toggle: pipeline ${ms(last(after['cnr:extracted']) - last(after['cnr:toggle']))}, then re-rendered first screen ${ms(last(after['cnr:first-screen']) - last(after['cnr:extracted']))} ` +
        `and every block ${ms(last(after['cnr:all-blocks']) - last(after['cnr:extracted']))} after it\n` +
        `  plain Readability on the same page: ${ms(readabilityMs)}\n`,
    );
    await popup.close();
    await page.close();
  });

  it('logged no console error on its pages', () => {
    expect(errors).toEqual([]);
  });
});
