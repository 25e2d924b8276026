// Filters that visibly act, in real Firefox ESR (filters-visible.test.ts is the Chromium side): each row
// says how many of its blocks plain Readability drops too; "Show what was removed" marks the places in
// the article; a switched-off filter's blocks come back into the article, marked.
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { tabIdOf, type FirefoxHarness } from './firefox-harness';
import { clickButton, count, expectNoErrors, openArticle, showTheme, text, until, hasFirefoxBuild, useFirefox } from './firefox-pages';

const FIXTURES = ['daily8-article', 'yahoo-article', 'msn-article'];

describe.skipIf(!hasFirefoxBuild)('filters that visibly act, in Firefox ESR', () => {
  let h: FirefoxHarness;
  let origin: string;
  let probe: Page;

  const firefox = useFirefox();
  beforeAll(() => void ({ h, origin, probe } = firefox));

  async function openPopup(slug: string): Promise<{ popup: Page; page: Page }> {
    const page = await h.browser.newPage();
    const url = `${origin}/${slug}/`;
    await page.goto(url, { waitUntil: 'load' });
    const popup = await openArticle(h, 'popup.html', await tabIdOf(probe, url));
    // What the filters did is worked out once the article is shown (use-reader-session.ts).
    await popup.waitForFunction(() => performance.getEntriesByName('cnr:explained').length > 0, { timeout: 20_000 });
    await clickButton(popup, 'Filters');
    await popup.waitForSelector('#filters-panel .pack');
    return { popup, page };
  }

  /** Per row with a count: pack, blocks removed, and the row's sentence about plain Readability. */
  const rowsOf = (popup: Page) =>
    popup.$$eval('.pack', (els) =>
      els.filter((el) => el.querySelector('.pack-count')).map((el) => ({
        pack: (el as HTMLElement).dataset.pack!,
        count: Number(el.querySelector<HTMLElement>('.pack-count')!.dataset.count),
        effect: el.querySelector('.pack-effect')?.textContent ?? '',
      })),
    );

  /** Clicks the checkbox of the label that reads `words`. */
  const clickLabelled = (popup: Page, words: string) =>
    popup.evaluate((w) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === w);
      if (!label) throw new Error(`no label "${w}"`);
      label.querySelector('input')!.click();
    }, words);

  it('tells per filter how many blocks plain Readability drops too, on each fixture', async () => {
    for (const slug of FIXTURES) {
      const { popup, page } = await openPopup(slug);
      const rows = await rowsOf(popup);
      expect(rows.length, slug).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.count, `${slug} ${r.pack}`).toBeGreaterThan(0);
        expect(r.effect, `${slug} ${r.pack}`).toMatch(/Plain Readability (drops|would keep)/);
      }
      console.log(`Firefox ${slug}: ${rows.map((r) => `${r.pack} ${r.count} (${r.effect})`).join('; ')}`);
      console.log(`  summary: ${await text(popup, '.removed-summary p')}`);
      await expectNoErrors(h, popup);
      await popup.close();
      await page.close();
    }
  }, 120_000);

  it('marks the places in the article where blocks were taken out, each opening to its text', async () => {
    const { popup, page } = await openPopup('yahoo-article');
    const before = await text(popup, 'article');
    expect(await count(popup, 'article .removed-here')).toBe(0);
    await clickLabelled(popup, 'Show what was removed');
    const markers = await until(() => count(popup, 'article .removed-here'), (n) => n > 1, 'markers shown');
    // A marker inside the text, between paragraphs: after the one the block followed on the page.
    const inside = await popup.evaluate(() => {
      const mark = [...document.querySelectorAll<HTMLElement>('article .removed-here')].find((el) => /Teaser/i.test(el.textContent ?? ''));
      if (!mark) return null;
      mark.querySelector('summary')!.click();
      mark.scrollIntoView({ block: 'center' });
      return {
        opened: mark.querySelector('.removed-list')?.textContent ?? '',
        isOpen: (mark.querySelector('details') ?? mark.closest('details'))?.open ?? null,
        before: mark.closest('.removal-mark')?.previousElementSibling?.localName ?? null,
      };
    });
    expect(inside, 'a Teaser marker inside the article').not.toBeNull();
    expect(inside!.opened).toMatch(/Read more:/);
    expect(inside!.isOpen).toBe(true);
    expect(inside!.before).toBe('p');
    console.log(`Firefox yahoo-article: ${markers} markers; first inside the text: ${inside!.opened.slice(0, 120)}`);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-marks-firefox-light.png') });
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-marks-firefox-dark.png') });
    await clickLabelled(popup, 'Show what was removed');
    await until(() => count(popup, 'article .removed-here'), (n) => n === 0, 'markers gone');
    expect(await text(popup, 'article')).toBe(before);
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });

  it("brings a switched-off filter's blocks back into the article, marked, where plain Readability drops them too", async () => {
    const { popup, page } = await openPopup('daily8-article');
    const row = '.pack[data-pack="app-download"]';
    const flip = () => popup.$eval(`${row} [role="switch"]`, (el) => (el as HTMLElement).click());
    expect(await text(popup, `${row} .pack-effect`)).toMatch(/Plain Readability drops/);
    expect(await text(popup, 'article')).not.toContain('DOWNLOAD THE APP');
    await flip();
    await until(() => count(popup, 'article .shown-block'), (n) => n > 0, 'blocks shown back');
    const shown = await popup.$eval('article .shown-block', (el) => ({ words: el.textContent ?? '', label: el.getAttribute('aria-label') ?? '' }));
    expect(shown.words).toContain('DOWNLOAD THE APP');
    expect(shown.label).toMatch(/Shown because .* is off/);
    await until(() => text(popup, `${row} .pack-effect`), (t) => /back in the article, marked/.test(t), 'row sentence after the switch');
    await popup.$eval('article .shown-block .shown-note', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-shown-firefox-light.png') });
    await showTheme(popup, 'dark');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-shown-firefox-dark.png') });
    // On again: the block goes, and the choice is left as it was found.
    await flip();
    await until(() => count(popup, 'article .shown-block'), (n) => n === 0, 'shown blocks gone');
    expect(await popup.$eval(`${row} [role="switch"]`, (el) => el.getAttribute('aria-checked'))).toBe('true');
    await popup.$eval('.removed-summary', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-panel-firefox-dark.png') });
    await showTheme(popup, 'light');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'filters-panel-firefox-light.png') });
    await expectNoErrors(h, popup);
    await popup.close();
    await page.close();
  });
});
