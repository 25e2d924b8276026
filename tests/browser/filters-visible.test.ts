// Filters that visibly act, in the built extension in Chromium: each row says how many blocks it
// took out and how many of those plain Readability drops too; "Show what was removed" marks the
// places in the article; a switched-off filter's blocks come back into the article, marked.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, collectErrors, hasChromium, launch, serveFixtures, tabIdOf, type Harness } from './harness';

const SHOWN_MARK = 'clear-news-shown';
const FIXTURES = ['daily8-article', 'yahoo-article', 'msn-article'];

describe.skipIf(!hasChromium)('filters that visibly act, in Chromium', () => {
  let h: Harness;
  let server: Server;
  let origin: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  async function openPopup(slug: string, theme: 'light' | 'dark' = 'light'): Promise<{ popup: Page; page: Page }> {
    const page = await h.context.newPage();
    const url = `${origin}/${slug}/`;
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(h.worker, url);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 520, height: 600 });
    await popup.emulateMedia({ colorScheme: theme });
    collectErrors(popup, errors);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SHOWN_MARK, { timeout: 20_000 });
    // What the filters did is worked out once the article is shown (use-reader-session.ts).
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:explained').length > 0, null, { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Filters' }).click();
    return { popup, page };
  }

  /** Per row with a count: pack, blocks removed, and the row's sentence about plain Readability. */
  const rowsOf = (popup: Page) =>
    popup.locator('.pack:has(.pack-count)').evaluateAll((els) =>
      els.map((el) => ({
        pack: (el as HTMLElement).dataset.pack!,
        count: Number(el.querySelector<HTMLElement>('.pack-count')!.dataset.count),
        effect: el.querySelector('.pack-effect')?.textContent ?? '',
      })),
    );

  it('tells per filter how many blocks plain Readability drops too, on each fixture', async () => {
    for (const slug of FIXTURES) {
      const { popup, page } = await openPopup(slug);
      const rows = await rowsOf(popup);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.effect, r.pack).toMatch(/Plain Readability (drops|would keep)/);
      console.log(`${slug}: ${rows.map((r) => `${r.pack} ${r.count} (${r.effect})`).join('; ')}`);
      console.log(`  summary: ${await popup.locator('.removed-summary p').textContent()}`);
      await popup.close();
      await page.close();
    }
    expect(errors).toEqual([]);
  });

  it('marks the places in the article where blocks were taken out, each opening to its text', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { popup, page } = await openPopup('yahoo-article', theme);
      const before = await popup.locator('article').textContent();
      expect(await popup.locator('article .removed-here').count()).toBe(0);
      await popup.getByLabel('Show what was removed').check();
      await expect.poll(() => popup.locator('article .removed-here').count()).toBeGreaterThan(1);
      // A marker inside the text, between paragraphs: after the one the block followed on the page.
      const inside = popup.locator('article .removed-here').filter({ hasText: /Teaser/i }).first();
      await inside.locator('summary').click();
      const opened = (await inside.locator('.removed-list').textContent()) ?? '';
      expect(opened).toMatch(/Read more:/);
      expect(await inside.evaluate((el) => el.closest('.removal-mark')!.previousElementSibling?.localName)).toBe('p');
      console.log(`yahoo-article (${theme}): ${await popup.locator('article .removed-here').count()} markers; first inside the text: ${opened.slice(0, 120)}`);
      await inside.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await popup.screenshot({ path: path.join(ARTIFACTS, `filters-marks-${theme}.png`) });
      await popup.getByLabel('Show what was removed').uncheck();
      await expect.poll(() => popup.locator('article .removed-here').count()).toBe(0);
      expect(await popup.locator('article').textContent()).toBe(before);
      await popup.close();
      await page.close();
    }
  });

  it('brings a switched-off filter\'s blocks back into the article, marked, where plain Readability drops them too', async () => {
    const { popup, page } = await openPopup('daily8-article');
    const row = popup.locator('.pack[data-pack="app-download"]');
    expect(await row.locator('.pack-effect').textContent()).toMatch(/Plain Readability drops/);
    expect(await popup.locator('article').textContent()).not.toContain('DOWNLOAD THE APP');
    await row.getByRole('switch').click();
    const shown = popup.locator('article .shown-block');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    expect(await shown.first().textContent()).toContain('DOWNLOAD THE APP');
    expect(await shown.first().getAttribute('aria-label')).toMatch(/Shown because .* is off/);
    expect(await row.locator('.pack-effect').textContent()).toMatch(/back in the article, marked/);
    await shown.first().locator('.shown-note').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-shown-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-shown-dark.png') });
    // On again: the block goes, and the choice is left as it was found.
    await row.getByRole('switch').click();
    await expect.poll(() => shown.count()).toBe(0);
    await popup.locator('.removed-summary').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-panel-dark.png') });
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});
