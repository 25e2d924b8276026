// "Clean this page too" in real Chromium on a page whose text is covered by fixed and sticky boxes:
// an app bar ("4.7★ · Open in App"), a floating video player, a pinned comment prompt and a
// newsletter modal, with hashed class names so only computed style and layout can tell them.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { ARTIFACTS, ROOT, collectErrors, hasChromium, launch, serveFixtures, tabIdOf, type Harness } from './harness';
import { fixtureSlugs, loadFixture } from '../support/fixture-pages';
import { COVERING, FIXTURE, HIDDEN, NAV, PROGRESS, SHOWN_MARK, coveredParagraphs } from './liveclean-page';

/** Whether the mouse wheel scrolls the page (a site's modal locks it with overflow: hidden). */
async function wheelScrolls(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, 500);
  // Two frames: the wheel scroll has landed by then, if it is going to.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
  const moved = await page.evaluate(() => window.scrollY > 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  return moved;
}

const displayOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).display);

describe.skipIf(!hasChromium)('clean this page too, in Chromium', () => {
  let h: Harness;
  let server: Server;
  let origin: string;
  const errors: string[] = [];
  const expected = loadFixture(FIXTURE).expected;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  async function openFixtureAndPopup(): Promise<{ page: Page; popup: Page }> {
    const url = `${origin}/${FIXTURE}/`;
    const page = await h.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, url);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 520, height: 600 });
    collectErrors(popup, errors);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Filters' }).click();
    return { page, popup };
  }

  it('hides the bars and overlays over the text, keeps the text and a hairline, and gives the page back byte for byte', async () => {
    const { page, popup } = await openFixtureAndPopup();
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.bringToFront();
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-before.png'), caret: 'initial' });
    // The test means something only if the fixture's boxes do cover its text, and its modal locks scrolling.
    expect((await coveredParagraphs(page, 0)).length).toBeGreaterThan(0);
    expect(await wheelScrolls(page)).toBe(false);

    const box = popup.getByLabel('Also hide the clutter on the page itself');
    const started = Date.now();
    await box.check();
    await expect.poll(() => displayOf(page, COVERING.appBar)).toBe('none');
    const toggleMs = Date.now() - started;
    for (const selector of Object.values(COVERING)) expect(await displayOf(page, selector), selector).toBe('none');
    // A four-pixel reading-progress bar at the top covers no words.
    expect(await displayOf(page, PROGRESS)).toBe('block');
    for (const sentence of expected.mustKeep!) expect(await page.getByText(sentence, { exact: false }).isVisible(), sentence).toBe(true);
    expect((await page.locator(HIDDEN).allTextContents()).join(' ')).not.toContain(expected.mustKeep![0]);

    await page.bringToFront();
    expect(await wheelScrolls(page)).toBe(true);
    for (const scrollY of [0, 700]) {
      await page.evaluate((y) => window.scrollTo(0, y), scrollY);
      expect(await coveredParagraphs(page, 0), `scrolled to ${scrollY}`).toEqual([]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-cleaned.png'), caret: 'initial' });
    console.log(`liveclean: ${await page.locator(HIDDEN).count()} blocks hidden on ${FIXTURE}; switch on to app bar gone ${toggleMs} ms (popup click to page, shared machine)`);

    await box.uncheck();
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-restored.png'), caret: 'initial' });
    expect((await coveredParagraphs(page, 0)).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it("keeps the site's thin sticky navigation when the navigation filter is off, and still hides what covers the text", async () => {
    const { page, popup } = await openFixtureAndPopup();
    await popup.getByRole('switch', { name: 'Navigation & footers' }).click();
    await popup.getByLabel('Also hide the clutter on the page itself').check();
    await expect.poll(() => displayOf(page, COVERING.modal)).toBe('none');
    for (const selector of Object.values(COVERING)) expect(await displayOf(page, selector), selector).toBe('none');
    expect(await displayOf(page, NAV)).toBe('flex');
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 700));
    const navBottom = await page.locator(NAV).evaluate((el) => el.getBoundingClientRect().bottom);
    expect(navBottom).toBeGreaterThan(0);
    expect(await coveredParagraphs(page, navBottom)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-nav-kept.png'), caret: 'initial' });
    await popup.getByLabel('Also hide the clutter on the page itself').uncheck();
    await popup.getByRole('switch', { name: 'Navigation & footers' }).click();
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('the covering-box finder on every fixture page, in Chromium', () => {
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

  it('prints its time per page (median of 5), and finds only the sticky fixture’s boxes there', async () => {
    // The finder alone, bundled for the page, so its own cost is measured apart from the popup's messaging.
    const bundle = await build({ entryPoints: [path.join(ROOT, 'utils', 'tab', 'covering-overlays.ts')], bundle: true, write: false, format: 'iife', globalName: 'coveringOverlays' });
    const script = bundle.outputFiles[0].text;
    const page = await h.context.newPage();
    const rows: string[] = [];
    const measure = async (label: string) => {
      await page.addScriptTag({ content: script });
      const { ms, found, elements } = await page.evaluate(() => {
        const find = (globalThis as unknown as { coveringOverlays: { findCoveringOverlays(d: Document): Element[] } }).coveringOverlays.findCoveringOverlays;
        const times: number[] = [];
        let found: string[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          found = find(document).map((el) => el.className);
          times.push(performance.now() - t0);
        }
        return { ms: times.sort((a, b) => a - b)[2], found, elements: document.getElementsByTagName('*').length };
      });
      rows.push(`${label.padEnd(32)} ${String(elements).padStart(6)} elements ${ms.toFixed(1).padStart(7)} ms  found: ${found.join(', ') || '-'}`);
      return found;
    };
    for (const slug of fixtureSlugs()) {
      await page.goto(`${origin}/${slug}/`, { waitUntil: 'load' });
      const found = await measure(slug);
      if (slug === FIXTURE) expect(found.sort()).toEqual(['_2mzq8', '_3kf9a', '_7qp1m', 'sc-kEjbQP']);
    }
    // The same masthead fixed instead of sticky is still the site's thin navigation: kept.
    await page.goto(`${origin}/${FIXTURE}/`, { waitUntil: 'load' });
    await page.evaluate(() => Object.assign(document.querySelector<HTMLElement>('.css-h7k2p9')!.style, { position: 'fixed', left: '0', right: '0' }));
    const withFixedNav = await measure(`${FIXTURE} fixed nav`);
    expect(withFixedNav).not.toContain('css-h7k2p9');
    expect(withFixedNav).toContain('_3kf9a');
    // A long page: the sticky fixture with its article repeated to 20,000 more elements.
    await page.goto(`${origin}/${FIXTURE}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const block = article.querySelector('div:has(> p)')!;
      for (let i = 0; i < 20_000 / (block.children.length + 1); i++) article.append(block.cloneNode(true));
    });
    await measure(`${FIXTURE} ×long`);
    console.log(`covering-box finder, median of 5 runs:\n${rows.join('\n')}`);
    await page.close();
  }, 300_000);
});
