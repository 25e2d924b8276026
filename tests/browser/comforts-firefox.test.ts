// The reader tab's comforts in real Firefox ESR (comforts.test.ts is the Chromium side): contents, reading
// progress, line spacing, read aloud (Firefox's own engine, then a stubbed one the test drives), print,
// the link back to the original, Escape closing panels (reader tab and popup).
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { tabIdOf, type FirefoxHarness } from './firefox-harness';
import { clickButton, count, expectNoErrors, openArticle, showTheme, text, until, hasFirefoxBuild, useFirefox } from './firefox-pages';
import { HEADINGS, LONG, SHORT, serve, scrollToArticleMiddle, scrollToEnd } from './comforts-pages';
import { SPEECH_STUB } from './speech-stub';
import { SILENT_ENGINE_MS } from '../../components/read-aloud-player';

const READER_VIEWPORT = { width: 1100, height: 900 };

describe.skipIf(!hasFirefoxBuild)('reader comforts in Firefox ESR', () => {
  let h: FirefoxHarness;
  let origin: string;
  let probe: Page;

  const firefox = useFirefox(serve);
  beforeAll(() => void ({ h, origin, probe } = firefox));

  async function openReader(slug: string, file = 'reader-tab.html'): Promise<{ page: Page; url: string }> {
    const url = `${origin}/${slug}/`;
    const source = await h.browser.newPage();
    await source.goto(url, { waitUntil: 'load' });
    const page = await openArticle(h, file, await tabIdOf(probe, url), file === 'popup.html' ? undefined : READER_VIEWPORT);
    await page.waitForSelector('article');
    return { page, url };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `comforts-${name}.png`) });
  const hidden = (page: Page, sel: string) => page.$eval(sel, (el) => (el as HTMLElement).hidden);
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const progress = (page: Page) => page.$eval('[role="progressbar"]', (el) => Number(el.getAttribute('aria-valuenow')));
  /** Waits two frames: the progress bar measures on the next animation frame after a scroll. */
  const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  /** Clicks a choice of the Appearance panel (a label of its radio buttons), opening the panel if it is closed. */
  async function choose(page: Page, label: string): Promise<void> {
    if (await hidden(page, '#appearance-panel')) await clickButton(page, 'Appearance');
    await page.evaluate((l) => {
      const choice = [...document.querySelectorAll('#appearance-panel label')].find((el) => el.textContent?.trim() === l);
      if (!choice) throw new Error(`no choice "${l}" in Appearance`);
      choice.querySelector('input')!.click();
    }, label);
  }
  /** The reader's theme, chosen as a person does (Appearance), its background checked. */
  async function readerTheme(page: Page, theme: 'light' | 'dark' | 'auto'): Promise<string> {
    await choose(page, theme[0].toUpperCase() + theme.slice(1));
    await until(() => page.evaluate(() => document.documentElement.dataset.theme), (t) => t === theme, `theme ${theme}`);
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  it('lists the headings in a Contents panel that jumps to each, and Escape closes it; light and dark', async () => {
    const { page } = await openReader(LONG);
    await clickButton(page, 'Contents');
    const texts = await page.$$eval('#contents-panel .toc-list a', (as) => as.map((a) => a.textContent));
    console.log(`Firefox contents entries: ${texts.length}`);
    expect(texts).toEqual(HEADINGS);
    // "Wells and meadows" is an h3 under an h2: indented.
    const pads = await page.$$eval('.toc-item', (els) => els.map((el) => getComputedStyle(el).paddingLeft));
    expect(pads[3]).not.toBe(pads[2]);
    await shot(page, 'contents-firefox-light');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.getElementById('contents-panel') as HTMLElement).hidden);
    expect(await page.$eval('[aria-controls="contents-panel"]', (el) => el.getAttribute('aria-expanded'))).toBe('false');
    expect(await focusedText(page)).toBe('Contents');

    // A jump puts the heading just under the sticky toolbar, focused, and the panel away.
    await clickButton(page, 'Contents');
    await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.toc-list a')].find((a) => a.textContent === 'What the records show')!.click());
    await page.waitForFunction(() => document.activeElement?.textContent === 'What the records show');
    await settle(page);
    const { headingTop, toolbarBottom } = await page.evaluate(() => ({
      headingTop: document.activeElement!.getBoundingClientRect().top,
      toolbarBottom: document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom,
    }));
    console.log(`Firefox jump: heading top ${headingTop.toFixed(0)} px, toolbar bottom ${toolbarBottom.toFixed(0)} px`);
    expect(headingTop).toBeGreaterThanOrEqual(toolbarBottom);
    expect(headingTop).toBeLessThan(toolbarBottom + 60);
    expect(await hidden(page, '#contents-panel')).toBe(true);

    // Opened where the reader is, under the toolbar, in the dark theme.
    const dark = await readerTheme(page, 'dark');
    expect(dark).toBe('rgb(23, 25, 28)');
    await page.keyboard.press('Escape');
    await clickButton(page, 'Contents');
    const { panelTop, barBottom } = await page.evaluate(() => ({
      panelTop: document.getElementById('contents-panel')!.getBoundingClientRect().top,
      barBottom: document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom,
    }));
    expect(Math.abs(panelTop - barBottom)).toBeLessThan(2);
    await shot(page, 'contents-firefox-dark');
    await readerTheme(page, 'auto');
    await expectNoErrors(h, page);
    await page.close();
  });

  it('shows reading progress from 0 at the top to 100 at the end', async () => {
    const { page } = await openReader(LONG);
    await settle(page);
    expect(await progress(page)).toBe(0);
    await page.evaluate(scrollToArticleMiddle);
    await settle(page);
    const mid = await progress(page);
    await shot(page, 'progress-middle-firefox-light');
    await page.evaluate(scrollToEnd);
    await settle(page);
    const end = await progress(page);
    console.log(`Firefox reading progress: top 0, middle ${mid}, end ${end}; ${await page.$eval('[role="progressbar"]', (el) => el.getAttribute('aria-valuetext'))}`);
    expect(mid).toBeGreaterThan(10);
    expect(mid).toBeLessThan(90);
    expect(end).toBe(100);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    expect(await progress(page)).toBe(0);
    await page.close();
  });

  it('sets the line spacing from the Appearance panel, keeps it for the next reader tab, and Escape closes that panel', async () => {
    const { page } = await openReader(LONG);
    const ratio = (p: Page) => p.$eval('article p', (el) => {
      const s = getComputedStyle(el);
      return Math.round((parseFloat(s.lineHeight) / parseFloat(s.fontSize)) * 100) / 100;
    });
    const before = await ratio(page);
    await choose(page, 'Loose');
    const loose = await ratio(page);
    await choose(page, 'Compact');
    const compact = await ratio(page);
    console.log(`Firefox line height / font size: normal ${before}, loose ${loose}, compact ${compact}`);
    expect([before, loose, compact]).toEqual([1.6, 1.9, 1.4]);
    await choose(page, 'Loose');
    await shot(page, 'appearance-loose-firefox-light');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.getElementById('appearance-panel') as HTMLElement).hidden);
    expect(await focusedText(page)).toBe('Appearance');
    const next = await openReader(LONG);
    await until(() => ratio(next.page), (r) => r === 1.9, 'line spacing in the next reader tab');
    await choose(next.page, 'Normal');
    await next.page.close();
    await page.close();
  });

  it("reads aloud with Firefox's own engine: the controls, or the clear word that there is no voice", async () => {
    const { page } = await openReader(LONG);
    const engine = await page.evaluate(() => ({
      present: typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined',
      voices: typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices().map((v) => `${v.lang} ${v.name}`),
    }));
    console.log(`Firefox speech engine: ${engine.present ? `present, ${engine.voices.length} voices (${engine.voices.slice(0, 5).join(', ')})` : 'absent'}`);
    // No engine: no controls to offer (ReadAloudControls renders nothing).
    expect(await count(page, '.read-aloud')).toBe(engine.present ? 1 : 0);
    if (engine.present) {
      await clickButton(page, 'Read aloud', '.read-aloud');
      const state = () => page.evaluate(() => ({
        buttons: [...document.querySelectorAll('.read-aloud button')].map((b) => b.textContent),
        note: document.querySelector('.read-aloud-note')?.textContent ?? '',
      }));
      const started = await state();
      if (engine.voices.length === 0) {
        // Firefox without speech-dispatcher lists no voice and never speaks: the reader must not claim to read on.
        const after = await until(state, (s) => s.note !== '', 'a word on the silent engine', SILENT_ENGINE_MS + 5_000);
        console.log(`Firefox read aloud: buttons ${JSON.stringify(started.buttons)} on the click, then ${JSON.stringify(after.buttons)} and "${after.note}"`);
        expect(after).toEqual({ buttons: ['Read aloud'], note: 'Read aloud stopped: no voice on this system answered.' });
        expect(await count(page, '.read-aloud-current')).toBe(0);
      } else {
        expect(started.buttons).toEqual(['Pause', 'Stop']);
        await clickButton(page, 'Stop', '.read-aloud');
      }
      await shot(page, 'read-aloud-engine-firefox-light');
    }
    await expectNoErrors(h, page);
    await page.close();
  });

  it('reads aloud block by block, marking the block being read, in light and dark (stubbed engine)', async () => {
    const { page } = await openReader(LONG);
    await page.evaluate(SPEECH_STUB);
    const spoken = () => page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; lang: string }[] } }).__speech.spoken.map((u) => `${u.lang}: ${u.text}`));
    const marked = () => page.$$eval('.read-aloud-current', (els) => els.map((e) => e.textContent));
    const toggle = () => page.$eval('.read-aloud button', (b) => b.textContent);
    await clickButton(page, 'Read aloud', '.read-aloud');
    expect(await marked()).toEqual(['Forty points on a moving river']);
    await page.evaluate(() => (window as unknown as { __speechEnd: () => void }).__speechEnd());
    expect(await spoken()).toEqual(['en-GB: Forty points on a moving river', 'en-GB: How the river was measured']);
    expect(await marked()).toEqual(['How the river was measured']);
    await shot(page, 'read-aloud-firefox-light');
    expect(await toggle()).toBe('Pause');
    await clickButton(page, 'Pause', '.read-aloud');
    expect(await toggle()).toBe('Resume');
    await clickButton(page, 'Resume', '.read-aloud');
    expect(await toggle()).toBe('Pause');
    await readerTheme(page, 'dark');
    const bg = await page.$eval('.read-aloud-current', (el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await shot(page, 'read-aloud-firefox-dark');
    await readerTheme(page, 'auto');
    await page.keyboard.press('Escape'); // only the Appearance panel closes; reading goes on
    expect(await toggle()).toBe('Pause');
    await clickButton(page, 'Stop', '.read-aloud');
    expect(await marked()).toEqual([]);
    expect(await toggle()).toBe('Read aloud');
    await expectNoErrors(h, page);
    await page.close();
  });

  it('prints the article alone, dark on white in any theme, from its Print button', async () => {
    const { page, url } = await openReader(LONG);
    await readerTheme(page, 'dark');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await clickButton(page, 'Print');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // BiDi has no print-media emulation (puppeteer's emulateMediaType is CDP only): the page's own
    // print rules, as Firefox parsed them, are applied to the screen instead.
    const shown = await page.evaluate(() => {
      const rules: string[] = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') rules.push(...[...rule.cssRules].map((r) => r.cssText));
      }
      const style = document.createElement('style');
      style.textContent = rules.join('\n');
      document.head.append(style);
      const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed');
      return {
        rules: rules.length,
        toolbar: visible('.toolbar'), related: visible('.related'), progress: visible('.reading-progress'), title: visible('.article-title'), article: visible('article'),
        source: document.querySelector<HTMLElement>('.print-source')?.offsetParent ? document.querySelector('.print-source')!.textContent : null,
        bg: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('article p')!).color,
      };
    });
    console.log(`Firefox print rules applied to the screen: ${JSON.stringify(shown)}`);
    expect(shown.rules).toBeGreaterThan(5);
    expect(shown).toMatchObject({
      toolbar: false, related: false, progress: false, title: true, article: true, bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', source: `Source: ${url}`,
    });
    await shot(page, 'print-firefox');
    // Firefox's own print to PDF (BiDi browsingContext.print) of the same page.
    const pdf = await page.pdf({ format: 'A4' });
    console.log(`Firefox print to PDF: ${pdf.length} bytes`);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.evaluate(() => document.head.lastElementChild!.remove());
    await readerTheme(page, 'auto');
    await page.close();
  });

  it('links back to the original page, and offers no Contents for an article with fewer than 3 headings', async () => {
    const { page, url } = await openReader(SHORT);
    expect(await page.$$eval('a', (as) => as.filter((a) => a.textContent?.trim() === 'Original page').map((a) => a.getAttribute('href')))).toEqual([url]);
    expect(await page.$$eval('button', (bs) => bs.filter((b) => b.textContent === 'Contents').length)).toBe(0);
    expect(await page.$$eval('button', (bs) => bs.filter((b) => b.textContent === 'Print').length)).toBe(1);
    await shot(page, 'short-firefox-light');
    await page.close();
  });

  it("closes the popup's Filters panel with Escape, focus back on its button; light and dark", async () => {
    const { page } = await openReader(SHORT, 'popup.html');
    await clickButton(page, 'Filters');
    expect(await hidden(page, '#filters-panel')).toBe(false);
    await shot(page, 'popup-filters-firefox-light');
    await showTheme(page, 'dark');
    await shot(page, 'popup-filters-firefox-dark');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.getElementById('filters-panel') as HTMLElement).hidden);
    expect(await focusedText(page)).toBe('Filters');
    expect(await text(page, '.article-title')).not.toBe('');
    await expectNoErrors(h, page);
    await page.close();
  });
});
