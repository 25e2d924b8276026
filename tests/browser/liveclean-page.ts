// The sticky-bars fixture of the "clean this page too" tests (Chromium and Firefox): the boxes that cover
// its text, and a probe for paragraphs something else is drawn over.
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

export const FIXTURE = 'sticky-bars-article';
export const SHOWN_MARK = 'clear-news-shown';
/** The boxes of the fixture that cover its text, by their (hashed) class names. */
export const COVERING = { appBar: '._3kf9a', player: '._7qp1m', modal: '._2mzq8', commentPrompt: '.sc-kEjbQP' };
export const NAV = '.css-h7k2p9';
export const PROGRESS = '._9prg';
export const HIDDEN = '[style*="display: none !important"]';

/**
 * Paragraphs of the page's text with a point that something else is drawn over, below `fromY`
 * (a kept top bar covers what scrolls under it by design). Each paragraph is probed at three
 * heights and three places across, where it is in the window.
 */
export function coveredParagraphs(page: Page | FirefoxPage, fromY: number): Promise<string[]> {
  const probe = (top: number) => {
    const covered: string[] = [];
    for (const p of document.querySelectorAll('p')) {
      if ((p.textContent ?? '').trim().length < 80) continue;
      const r = p.getBoundingClientRect();
      const xs = [r.left + 8, (r.left + r.right) / 2, r.right - 8];
      const ys = [r.top + 6, (r.top + r.bottom) / 2, r.bottom - 6].filter((y) => y > top && y < innerHeight);
      for (const y of ys) {
        const over = xs.map((x) => document.elementFromPoint(x, y)).find((el) => !el || !p.contains(el));
        if (over !== undefined) {
          covered.push(`${(p.textContent ?? '').slice(0, 40)}… under ${over?.className || over?.localName}`);
          break;
        }
      }
    }
    return covered;
  };
  // Playwright and puppeteer pages both evaluate a function with one argument.
  return (page as Page).evaluate(probe, fromY);
}
