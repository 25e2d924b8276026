// The reader tab's comforts in real Chromium: contents, reading progress, line spacing, read aloud
// (speechSynthesis stubbed in the page, so the test drives the voice's events), print, the link back
// to the original, Escape closing panels (reader tab and popup).
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, collectErrors, hasChromium, launch, tabIdOf, type Harness } from './harness';
import { SPEECH_STUB } from './speech-stub';
import { HEADINGS, LONG, SHORT, serve, scrollToArticleMiddle, scrollToEnd } from './comforts-pages';

const SHOWN_MARK = 'clear-news-shown';
interface Spoken { text: string; lang: string; voice: string | null }

describe.skipIf(!hasChromium)('reader comforts in Chromium', () => {
  let h: Harness;
  let server: Server;
  let origin: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serve());
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  async function openReader(slug: string, file = 'reader-tab.html', colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; url: string }> {
    const url = `${origin}/${slug}/`;
    const source = await h.context.newPage();
    await source.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, url);
    const page = await h.context.newPage();
    if (file === 'popup.html') await page.setViewportSize({ width: 520, height: 600 });
    await page.emulateMedia({ colorScheme });
    collectErrors(page, errors);
    await page.goto(`chrome-extension://${h.extensionId}/${file}?tabId=${tabId}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 20_000 });
    await page.locator('article').waitFor();
    return { page, url };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `comforts-${name}.png`) });
  const progress = (page: Page) => page.locator('[role="progressbar"]').getAttribute('aria-valuenow').then(Number);
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  /** Waits two frames: the progress bar measures on the next animation frame after a scroll. */
  const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  it('lists the headings in a Contents panel that jumps to each, and Escape closes it', async () => {
    const { page } = await openReader(LONG);
    const contents = page.getByRole('button', { name: 'Contents' });
    await contents.click();
    const links = page.locator('#contents-panel .toc-list a');
    const texts = await links.allTextContents();
    console.log(`contents entries: ${texts.length} (${texts.join(' | ')})`);
    expect(texts).toEqual(HEADINGS);
    // "Wells and meadows" is an h3 under an h2: indented.
    expect(await page.locator('.toc-item').nth(3).evaluate((el) => getComputedStyle(el).paddingLeft)).not.toBe(
      await page.locator('.toc-item').nth(2).evaluate((el) => getComputedStyle(el).paddingLeft),
    );
    await shot(page, 'contents-light');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#contents-panel').isHidden()).toBe(true);
    expect(await contents.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page)).toBe('Contents');

    // A jump puts the heading just under the sticky toolbar, focused, and the panel away.
    await contents.click();
    await page.locator('.toc-list a', { hasText: 'What the records show' }).click();
    await expect.poll(() => page.locator('#contents-panel').isHidden()).toBe(true);
    await settle(page);
    const { headingTop, toolbarBottom } = await page.evaluate(() => ({
      headingTop: [...document.querySelectorAll('article h2')].find((e) => e.textContent === 'What the records show')!.getBoundingClientRect().top,
      toolbarBottom: document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom,
    }));
    console.log(`jump: heading top ${headingTop.toFixed(0)} px, toolbar bottom ${toolbarBottom.toFixed(0)} px`);
    expect(headingTop).toBeGreaterThanOrEqual(toolbarBottom);
    expect(headingTop).toBeLessThan(toolbarBottom + 60);
    expect(await focusedText(page)).toBe('What the records show');
    await page.close();
  });

  it('opens Contents where the reader is, under the toolbar, in the dark theme too', async () => {
    const { page } = await openReader(LONG, 'reader-tab.html', 'dark');
    await page.evaluate(() => window.scrollTo(0, 700));
    await page.getByRole('button', { name: 'Contents' }).click();
    const box = await page.locator('#contents-panel').boundingBox();
    const toolbarBottom = await page.evaluate(() => document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom);
    expect(box!.y).toBeGreaterThanOrEqual(toolbarBottom - 1);
    expect(box!.y).toBeLessThan(toolbarBottom + 2);
    await shot(page, 'contents-dark-scrolled');
    await page.close();
  });

  it('shows reading progress from 0 at the top to 100 at the end', async () => {
    const { page } = await openReader(LONG);
    await settle(page);
    expect(await progress(page)).toBe(0);
    await page.evaluate(scrollToArticleMiddle);
    await settle(page);
    const mid = await progress(page);
    await shot(page, 'progress-middle');
    await page.evaluate(scrollToEnd);
    await settle(page);
    const end = await progress(page);
    console.log(`reading progress: top 0, middle ${mid}, end ${end}; ${await page.locator('[role="progressbar"]').getAttribute('aria-valuetext')}`);
    expect(mid).toBeGreaterThan(10);
    expect(mid).toBeLessThan(90);
    expect(end).toBe(100);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    expect(await progress(page)).toBe(0);
    await page.close();
  });

  it('sets the line spacing from the Appearance panel, and Escape closes that panel', async () => {
    const { page } = await openReader(LONG);
    const ratio = () => page.locator('article p').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return Math.round((parseFloat(s.lineHeight) / parseFloat(s.fontSize)) * 100) / 100;
    });
    const before = await ratio();
    await page.getByRole('button', { name: 'Appearance' }).click();
    await page.getByText('Loose', { exact: true }).click();
    const loose = await ratio();
    await page.getByText('Compact', { exact: true }).click();
    const compact = await ratio();
    console.log(`line height / font size: normal ${before}, loose ${loose}, compact ${compact}`);
    expect([before, loose, compact]).toEqual([1.6, 1.9, 1.4]);
    await page.getByText('Loose', { exact: true }).click();
    await shot(page, 'appearance-loose');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#appearance-panel').isHidden()).toBe(true);
    expect(await focusedText(page)).toBe('Appearance');
    // The choice is kept for the next reader tab.
    const next = await openReader(LONG);
    expect(await next.page.locator('article p').first().evaluate((p) => getComputedStyle(p).lineHeight)).toBe(
      await page.locator('article p').first().evaluate((p) => getComputedStyle(p).lineHeight),
    );
    await next.page.getByRole('button', { name: 'Appearance' }).click();
    await next.page.getByText('Normal', { exact: true }).click();
    await next.page.close();
    await page.close();
  });

  it('reads aloud block by block in the article language, marking the block being read; pause, resume, stop', async () => {
    const { page } = await openReader(LONG);
    await page.evaluate(SPEECH_STUB);
    const spoken = () => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken.map((u) => ({ text: u.text, lang: u.lang, voice: (u.voice as unknown as { name: string } | null)?.name ?? null })));
    const marked = () => page.locator('.read-aloud-current').allTextContents();
    const toggle = page.locator('.read-aloud button').first();

    await toggle.click();
    expect((await spoken())[0]).toEqual({ text: 'Forty points on a moving river', lang: 'en-GB', voice: 'Test GB' });
    expect(await marked()).toEqual(['Forty points on a moving river']);
    await page.evaluate(() => (window as unknown as { __speechEnd: () => void }).__speechEnd());
    // The article opens with its first heading, then its first paragraph.
    expect((await spoken())[1].text).toBe('How the river was measured');
    await page.evaluate(() => (window as unknown as { __speechEnd: () => void }).__speechEnd());
    const first = (await spoken())[2].text;
    expect(first).toMatch(/^For three summers/);
    expect(await marked()).toEqual([first]);
    await shot(page, 'read-aloud-light');

    await page.evaluate(() => (window as unknown as { __speechBoundary: (i: number) => void }).__speechBoundary(4));
    expect(await toggle.textContent()).toBe('Pause');
    await toggle.click();
    expect(await toggle.textContent()).toBe('Resume');
    expect(await marked()).toEqual([first]);
    expect(await page.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels)).toBeGreaterThan(0);
    await toggle.click();
    expect((await spoken()).at(-1)!.text).toBe(first.slice(4));
    expect(await toggle.textContent()).toBe('Pause');

    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await marked()).toEqual([]);
    expect(await toggle.textContent()).toBe('Read aloud');

    // Started after scrolling, it starts at the first block still in view, not at the title.
    await page.evaluate(() => [...document.querySelectorAll('article h2')].find((e) => e.textContent === 'The village debate')!.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await toggle.click();
    const startedAt = (await spoken()).at(-1)!.text;
    console.log(`read aloud after scrolling starts at: "${startedAt.slice(0, 40)}"`);
    expect(startedAt).not.toBe('Forty points on a moving river');
    await page.keyboard.press('Escape'); // no panel open: nothing to close, reading goes on
    expect(await toggle.textContent()).toBe('Pause');
    await page.close();
  });

  it('reads aloud in the dark theme with the mark visible', async () => {
    const { page } = await openReader(LONG, 'reader-tab.html', 'dark');
    await page.evaluate(SPEECH_STUB);
    await page.locator('.read-aloud button').first().click();
    await page.evaluate(() => (window as unknown as { __speechEnd: () => void }).__speechEnd());
    const bg = await page.locator('.read-aloud-current').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await shot(page, 'read-aloud-dark');
    await page.close();
  });

  it('reads an Arabic article in Arabic, and says so when the system has no Arabic voice', async () => {
    const { page } = await openReader('arabic-news-article');
    await page.evaluate(SPEECH_STUB); // English voices only
    await page.getByRole('button', { name: 'Read aloud' }).click();
    const first = await page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken[0]);
    expect(first.lang).toBe('ar');
    expect(first.voice).toBeNull();
    const note = await page.locator('.read-aloud-note').textContent();
    console.log(`read aloud note: ${note}`);
    expect(note).toMatch(/^No Arabic voice/);
    expect(await page.locator('.read-aloud-current').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await shot(page, 'read-aloud-arabic');
    await page.close();
  });

  it('wraps the toolbar on a narrow window and keeps the panels under it', async () => {
    const { page } = await openReader(LONG);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.getByRole('button', { name: 'Contents' }).click();
    const { toolbar, panel, widest } = await page.evaluate(() => ({
      toolbar: document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom,
      panel: document.getElementById('contents-panel')!.getBoundingClientRect().top,
      widest: Math.max(...[...document.querySelectorAll('.toolbar *')].map((e) => e.getBoundingClientRect().right)),
    }));
    console.log(`narrow (400 px): toolbar bottom ${toolbar.toFixed(0)} px, panel top ${panel.toFixed(0)} px, rightmost toolbar edge ${widest.toFixed(0)} px`);
    expect(Math.abs(panel - toolbar)).toBeLessThan(2);
    expect(widest).toBeLessThanOrEqual(400);
    await shot(page, 'narrow-contents');
    await page.close();
  });

  it('prints the article alone, dark on white in any theme, from its Print button', async () => {
    const { page, url } = await openReader(LONG, 'reader-tab.html', 'dark');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shown = await page.evaluate(() => {
      const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed');
      return {
        toolbar: visible('.toolbar'), panels: visible('.reader-panels .panel:not([hidden])'), related: visible('.related'),
        progress: visible('.reading-progress'), title: visible('.article-title'), article: visible('article'),
        source: document.querySelector<HTMLElement>('.print-source')?.offsetParent ? document.querySelector('.print-source')!.textContent : null,
        bg: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('article p')!).color,
      };
    });
    console.log(`print media: ${JSON.stringify(shown)}`);
    expect(shown).toMatchObject({
      toolbar: false, related: false, progress: false, title: true, article: true, bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', source: `Source: ${url}`,
    });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-source').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(scrollToEnd);
    await shot(page, 'print');
    const pdf = await page.pdf({ format: 'A4' });
    console.log(`print to PDF: ${pdf.length} bytes`);
    await page.close();
  });

  it('links back to the original page', async () => {
    const { page, url } = await openReader(LONG);
    const link = page.getByRole('link', { name: 'Original page' });
    expect(await link.getAttribute('href')).toBe(url);
    await link.click();
    await page.waitForURL(url);
    await page.close();
  });

  it('offers no Contents for an article with fewer than 3 headings', async () => {
    const { page } = await openReader(SHORT);
    expect(await page.getByRole('button', { name: 'Contents' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    await page.close();
  });

  it('closes the popup\'s Filters panel with Escape, focus back on its button', async () => {
    const { page } = await openReader(SHORT, 'popup.html');
    const filters = page.getByRole('button', { name: 'Filters' });
    await filters.click();
    expect(await page.locator('#filters-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#filters-panel').isHidden()).toBe(true);
    expect(await focusedText(page)).toBe('Filters');
    await page.close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
