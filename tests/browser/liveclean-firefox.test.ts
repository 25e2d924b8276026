// "Clean this page too" in real Firefox ESR (liveclean.test.ts is the Chromium side), on the page whose text
// is covered by fixed and sticky boxes with hashed class names: the boxes go, the text and a hairline stay,
// the scroll lock is lifted, and switching it off gives the page back byte for byte.
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { loadFixture } from '../support/fixture-pages';
import { tabIdOf, type FirefoxHarness } from './firefox-harness';
import { clickButton, count, expectNoErrors, openArticle, showTheme, until, hasFirefoxBuild, useFirefox } from './firefox-pages';
import { COVERING, FIXTURE, HIDDEN, NAV, PROGRESS, coveredParagraphs } from './liveclean-page';

const LIVE_CLEAN_LABEL = 'Also hide the clutter on the page itself';

describe.skipIf(!hasFirefoxBuild)('clean this page too, in Firefox ESR', () => {
  let h: FirefoxHarness;
  let origin: string;
  let probe: Page;
  const expected = loadFixture(FIXTURE).expected;

  const firefox = useFirefox();
  beforeAll(() => void ({ h, origin, probe } = firefox));

  const display = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display);
  const html = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

  async function openFixtureAndPopup(): Promise<{ page: Page; popup: Page }> {
    const url = `${origin}/${FIXTURE}/`;
    const page = await h.browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    const popup = await openArticle(h, 'popup.html', await tabIdOf(probe, url));
    await clickButton(popup, 'Filters');
    await popup.waitForSelector('.live-clean input[type="checkbox"]');
    return { page, popup };
  }

  /** Clicks the popup's checkbox whose label reads `words`; returns whether it is checked after. */
  const clickLabelled = (popup: Page, words: string) =>
    popup.evaluate((w) => {
      const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === w)?.querySelector('input');
      if (!input) throw new Error(`no checkbox "${w}"`);
      input.click();
      return input.checked;
    }, words);

  /** Whether the mouse wheel scrolls the page (the fixture's modal locks it with overflow: hidden). */
  async function wheelScrolls(page: Page): Promise<boolean> {
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(300, 400);
    await page.mouse.wheel({ deltaY: 500 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await new Promise((r) => setTimeout(r, 300));
    const moved = await page.evaluate(() => window.scrollY > 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    return moved;
  }

  /** Which of `sentences` are in a text block that is drawn (no display: none on it or above it). */
  const visibleTexts = (page: Page, sentences: string[]) =>
    page.evaluate((ss) => ss.filter((s) => [...document.querySelectorAll<HTMLElement>('p, li, h1, h2, h3')].some((el) => el.textContent?.includes(s) && el.getClientRects().length > 0)), sentences);

  it('hides the bars and overlays over the text, keeps the text and a hairline, and gives the page back byte for byte', async () => {
    const { page, popup } = await openFixtureAndPopup();
    const before = await html(page);
    await page.bringToFront();
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-before-firefox.png') });
    // The test means something only if the fixture's boxes do cover its text, and its modal locks scrolling.
    expect((await coveredParagraphs(page, 0)).length).toBeGreaterThan(0);
    expect(await wheelScrolls(page)).toBe(false);

    const started = Date.now();
    expect(await clickLabelled(popup, LIVE_CLEAN_LABEL)).toBe(true);
    await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)!).display === 'none', { timeout: 20_000 }, COVERING.appBar);
    const toggleMs = Date.now() - started;
    for (const selector of Object.values(COVERING)) expect(await display(page, selector), selector).toBe('none');
    // A four-pixel reading-progress bar at the top covers no words.
    expect(await display(page, PROGRESS)).toBe('block');
    expect(await visibleTexts(page, expected.mustKeep!)).toEqual(expected.mustKeep);
    expect(await page.$$eval(HIDDEN, (els) => els.map((e) => e.textContent).join(' '))).not.toContain(expected.mustKeep![0]);

    expect(await wheelScrolls(page)).toBe(true);
    for (const scrollY of [0, 700]) {
      await page.evaluate((y) => window.scrollTo(0, y), scrollY);
      expect(await coveredParagraphs(page, 0), `scrolled to ${scrollY}`).toEqual([]);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-cleaned-firefox.png') });
    console.log(`Firefox liveclean: ${await count(page, HIDDEN)} blocks hidden on ${FIXTURE}; switch on to app bar gone ${toggleMs} ms (popup click to page, shared machine)`);

    // The popup says it is on, in both themes.
    await popup.$eval('.live-clean', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'liveclean-popup-firefox-light.png') });
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'liveclean-popup-firefox-dark.png') });

    expect(await clickLabelled(popup, LIVE_CLEAN_LABEL)).toBe(false);
    await until(() => html(page), (now) => now === before, 'the page given back byte for byte');
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-restored-firefox.png') });
    expect((await coveredParagraphs(page, 0)).length).toBeGreaterThan(0);
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });

  it("keeps the site's thin sticky navigation when the navigation filter is off, and still hides what covers the text", async () => {
    const { page, popup } = await openFixtureAndPopup();
    // The row of "Navigation & footers".
    const navSwitch = () => popup.$eval('.pack[data-pack="navigation"] [role="switch"]', (el) => {
      (el as HTMLElement).click();
      return el.getAttribute('aria-checked');
    });
    await navSwitch();
    await until(() => popup.$eval('.pack[data-pack="navigation"] [role="switch"]', (el) => el.getAttribute('aria-checked')), (c) => c === 'false', 'navigation filter off');
    await clickLabelled(popup, LIVE_CLEAN_LABEL);
    await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)!).display === 'none', { timeout: 20_000 }, COVERING.modal);
    for (const selector of Object.values(COVERING)) expect(await display(page, selector), selector).toBe('none');
    expect(await display(page, NAV)).toBe('flex');
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 700));
    const navBottom = await page.$eval(NAV, (el) => el.getBoundingClientRect().bottom);
    expect(navBottom).toBeGreaterThan(0);
    expect(await coveredParagraphs(page, navBottom)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'liveclean-nav-kept-firefox.png') });
    await clickLabelled(popup, LIVE_CLEAN_LABEL);
    await navSwitch();
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });
});
