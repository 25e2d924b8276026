// An Arabic article in the built extension, with the interface in English and in Arabic: the computed
// direction of each part of the view, the reading time in the right order, and screenshots light and dark.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, collectErrors, hasChromium, launch, serveFixtures, tabIdOf, type Harness } from './harness';
import {
  FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, tabIdOf as firefoxTabIdOf, type FirefoxHarness,
} from './firefox-harness';

const FIXTURE = 'arabic-news-article';
const SHOWN_MARK = 'clear-news-shown';

/** The computed `direction` of the first element each selector finds (null where none). */
async function directions(page: Page, selectors: string[]): Promise<Record<string, string | null>> {
  return page.evaluate((sels) => {
    const out: Record<string, string | null> = {};
    for (const s of sels) {
      const el = document.querySelector(s);
      out[s] = el ? getComputedStyle(el).direction : null;
    }
    return out;
  }, selectors);
}

/**
 * Where the first and the last character of an element's text are drawn, left to right on screen:
 * "1 min read" read left to right has its "1" left of its "d"; shown as "min read 1" it would not.
 */
async function firstAndLastX(page: Page, selector: string): Promise<{ first: number; last: number }> {
  return page.locator(selector).evaluate((el) => {
    const text = el.firstChild as Text;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    return { first: at(0), last: at(text.length - 1) };
  });
}

/** Right-to-left lists start at the right: each story title ends at the list's right inner edge. */
async function storyTitlesHugRight(page: Page): Promise<{ gaps: number[]; paddingLeft: string; paddingRight: string }> {
  return page.locator('.story-list').first().evaluate((list) => {
    const style = getComputedStyle(list);
    const inner = list.getBoundingClientRect().right - parseFloat(style.paddingRight);
    const gaps = [...list.querySelectorAll('.story')].map((li) => Math.round(inner - li.getBoundingClientRect().right));
    return { gaps, paddingLeft: style.paddingLeft, paddingRight: style.paddingRight };
  });
}

const ARTICLE_PARTS = ['.article-view', '.article-header', '.article-title', 'article', '.related', '.story-list', '.story', '.story-title'];

describe.skipIf(!hasChromium)('an Arabic article, right to left', () => {
  let server: Server;
  let origin: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
  });
  afterAll(() => server?.close());

  async function openReader(h: Harness, file: 'reader-tab.html' | 'popup.html'): Promise<{ page: Page; view: Page }> {
    const page = await h.context.newPage();
    const url = `${origin}/${FIXTURE}/`;
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, url);
    const view = await h.context.newPage();
    if (file === 'popup.html') await view.setViewportSize({ width: 520, height: 600 });
    collectErrors(view, errors);
    await view.goto(`chrome-extension://${h.extensionId}/${file}?tabId=${tabId}`);
    await view.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 20_000 });
    // Nothing pokes out sideways: in a right-to-left page an element off to the left makes the page scroll.
    const overflow = await view.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow, `${file} scrolls sideways`).toBe(0);
    return { page, view };
  }

  async function shoot(view: Page, name: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme: scheme });
      await view.screenshot({ path: path.join(ARTIFACTS, `i18n-${name}-${scheme}.png`) });
      await view.locator('.related').screenshot({ path: path.join(ARTIFACTS, `i18n-${name}-related-${scheme}.png`) });
    }
    await view.emulateMedia({ colorScheme: 'light' });
  }

  describe('with the interface in English', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch();
    });
    afterAll(async () => h?.cleanup());

    it('lays out header, article and related list right to left, and the interface left to right', async () => {
      const { page, view } = await openReader(h, 'reader-tab.html');
      expect(await view.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
      expect(await view.locator('.article-view').getAttribute('lang')).toBe('ar');

      const dirs = await directions(view, [...ARTICLE_PARTS, '.toolbar', '.related h2', '.related label', '.article-reading-time']);
      console.log(`\nEnglish interface, Arabic article, computed direction:\n${JSON.stringify(dirs, null, 1)}`);
      for (const part of ARTICLE_PARTS) expect(dirs[part], part).toBe('rtl');
      // Interface words keep the interface's direction inside the Arabic parts.
      expect(dirs['.toolbar']).toBe('ltr');
      expect(dirs['.related h2']).toBe('ltr');
      expect(dirs['.related label']).toBe('ltr');
      expect(dirs['.article-reading-time']).toBe('ltr');

      expect(await view.locator('.article-reading-time').textContent()).toBe('1 min read');
      const x = await firstAndLastX(view, '.article-reading-time');
      expect(x.first, '"1" is drawn left of "read"').toBeLessThan(x.last);
      expect(await view.locator('.article-byline').textContent()).toBe('By سارة العمري');

      const list = await storyTitlesHugRight(view);
      expect(list.paddingLeft).toBe('0px');
      expect(parseFloat(list.paddingRight)).toBeGreaterThan(0);
      expect(list.gaps.length).toBeGreaterThan(0);
      for (const gap of list.gaps) expect(Math.abs(gap)).toBeLessThanOrEqual(1);
      await shoot(view, 'rtl-en-reader');

      await view.getByRole('button', { name: 'Filters' }).click();
      expect((await directions(view, ['#filters-panel .filter-panel']))['#filters-panel .filter-panel']).toBe('ltr');
      await view.close();
      await page.close();
    });

    it('shows the same in the popup', async () => {
      const { page, view } = await openReader(h, 'popup.html');
      const dirs = await directions(view, ['.toolbar', ...ARTICLE_PARTS, '.article-reading-time']);
      for (const part of ARTICLE_PARTS) expect(dirs[part], part).toBe('rtl');
      expect(dirs['.toolbar']).toBe('ltr');
      expect(dirs['.article-reading-time']).toBe('ltr');
      await shoot(view, 'rtl-en-popup');
      await view.close();
      await page.close();
    });
  });

  describe('with the interface in Arabic (--lang=ar)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(['--lang=ar']);
    });
    afterAll(async () => h?.cleanup());

    it('lays out every part right to left, in Arabic words, with Arabic dates and reading time', async () => {
      const { page, view } = await openReader(h, 'reader-tab.html');
      expect(await view.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      const parts = [...ARTICLE_PARTS, '.toolbar', '.related h2', '.article-reading-time', 'time'];
      const dirs = await directions(view, parts);
      console.log(`\nArabic interface, Arabic article, computed direction:\n${JSON.stringify(dirs, null, 1)}`);
      for (const part of parts) expect(dirs[part], part).toBe('rtl');

      const texts = await view.evaluate(() => ({
        byline: document.querySelector('.article-byline')?.textContent,
        reading: document.querySelector('.article-reading-time')?.textContent,
        date: document.querySelector('time')?.textContent,
        related: document.querySelector('.related h2')?.textContent,
        groupBy: document.querySelector('.related label span')?.textContent,
      }));
      console.log(`Arabic interface texts: ${JSON.stringify(texts)}`);
      expect(texts.byline).toBe('بقلم سارة العمري');
      expect(texts.reading).toMatch(/^وقت القراءة: /);
      expect(texts.date).toMatch(/مارس/);
      expect(texts.groupBy).toBe('التجميع حسب');

      // The toolbar starts at the right: the brand is right of the buttons.
      const brandX = await view.locator('.brand').evaluate((el) => el.getBoundingClientRect().left);
      const buttonsX = await view.locator('.toolbar-actions').evaluate((el) => el.getBoundingClientRect().left);
      expect(brandX).toBeGreaterThan(buttonsX);
      await shoot(view, 'rtl-ar-reader');

      await view.getByRole('button', { name: 'المرشّحات' }).click();
      const panel = await directions(view, ['.filter-panel', '.pack-line']);
      expect(panel['.filter-panel']).toBe('rtl');
      expect(panel['.pack-line']).toBe('rtl');
      // A switch that is on has its thumb at the end of the line: the left in Arabic.
      const thumb = await view.locator('.switch[aria-checked="true"]').first().evaluate((sw) => {
        const track = sw.querySelector('.switch-track')!.getBoundingClientRect();
        const t = sw.querySelector('.switch-thumb')!.getBoundingClientRect();
        return { trackMid: track.left + track.width / 2, thumbMid: t.left + t.width / 2 };
      });
      expect(thumb.thumbMid).toBeLessThan(thumb.trackMid);
      expect(await view.locator('.filter-panel h2').textContent()).toMatch(/^المرشّحات/);
      await shoot(view, 'rtl-ar-reader-filters');
      await view.close();
      await page.close();
    });

    it('shows the popup in Arabic, right to left', async () => {
      const { page, view } = await openReader(h, 'popup.html');
      const dirs = await directions(view, ['.toolbar', ...ARTICLE_PARTS]);
      for (const [part, dir] of Object.entries(dirs)) expect(dir, part).toBe('rtl');
      await shoot(view, 'rtl-ar-popup');
      await view.close();
      await page.close();
    });
  });

  it('logged no console error on its pages', () => {
    expect(errors).toEqual([]);
  });
});

// Firefox ESR reads its interface language from its own language packs (none here): English interface only.
describe.skipIf(!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))('an Arabic article in Firefox', () => {
  let h: FirefoxHarness;
  let server: Server;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    let origin: string;
    ({ server, origin } = await serveFixtures());
    h = await launchFirefox(Number(new URL(origin).port));
    const page = await h.browser.newPage();
    const url = `${origin}/${FIXTURE}/`;
    await page.goto(url, { waitUntil: 'load' });
    const probe = await h.browser.newPage();
    await navigateExtensionPage(probe, h.extUrl('popup.html'));
    tabId = await firefoxTabIdOf(probe, url);
    await probe.close();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });
  let tabId: number;

  it('lays out header, article and related list right to left, with the interface words in their own order', async () => {
    const reader = await h.browser.newPage();
    await navigateExtensionPage(reader, `${h.extUrl('reader-tab.html')}?tabId=${tabId}`);
    await reader.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout: 20_000 }, SHOWN_MARK);
    const parts = [...ARTICLE_PARTS, '.toolbar', '.related h2', '.article-reading-time'];
    const dirs = await reader.evaluate((sels: string[]) => {
      const out: Record<string, string | null> = {};
      for (const s of sels) {
        const el = document.querySelector(s);
        out[s] = el ? getComputedStyle(el).direction : null;
      }
      return out;
    }, parts);
    console.log(`\nFirefox, English interface, Arabic article, computed direction:\n${JSON.stringify(dirs, null, 1)}`);
    for (const part of ARTICLE_PARTS) expect(dirs[part], part).toBe('rtl');
    expect(dirs['.toolbar']).toBe('ltr');
    expect(dirs['.related h2']).toBe('ltr');
    expect(dirs['.article-reading-time']).toBe('ltr');
    // Firefox's i18n.getMessage substitutes $1 as Chromium's does.
    expect(await reader.$eval('.article-reading-time', (el) => el.textContent)).toBe('1 min read');
    expect(await reader.$eval('.article-byline', (el) => el.textContent)).toBe('By سارة العمري');
    const overflow = await reader.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBe(0);
    // Firefox over BiDi cannot emulate prefers-color-scheme: the page's own theme switch (Appearance) sets it.
    for (const scheme of ['light', 'dark'] as const) {
      await reader.evaluate((theme) => (document.documentElement.dataset.theme = theme), scheme);
      await reader.screenshot({ path: path.join(ARTIFACTS, `i18n-rtl-en-firefox-reader-${scheme}.png`) });
    }
    await reader.close();
  });
});
