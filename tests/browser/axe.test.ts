// axe-core on every extension page (popup, side panel, reader tab), light and dark, every panel open in
// turn and none, on an aggregator article, an RTL article and with no tab to read, in Chromium and Firefox ESR;
// the reader tab's own theme choices too. Prints the violation count per browser, page and theme.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BUILD_DIR, hasChromium, launch, serveFixtures, tabIdOf, type Harness } from './harness';
import {
  FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, navigateExtensionPage, tabIdOf as firefoxTabIdOf,
} from './firefox-harness';
import {
  AUDITED_FIXTURES, THEMES, auditStates, pagesInBuild, report, seesPlantedViolation, seesScheme, shownDirection, totalViolations, wornTheme,
  type AuditRow, type AuditTarget, type AuditedPage, type Theme,
} from './axe-audit';

const SHOWN_MARK = 'clear-news-shown';
/** No target tab: an extension page opened as a tab reads itself, which it may not, so it says so. */
const NO_TAB = 'no tab';
const CASES = [...AUDITED_FIXTURES, NO_TAB];

const rows: AuditRow[] = [];
afterAll(() => {
  if (rows.length) console.log(`\n${report(rows)}\n`);
});

const slugName = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Every state of the main fixture gets a screenshot; other cases only with panels closed. */
function shotNamer(browser: string, page: AuditedPage, theme: Theme, fixture: string) {
  return (state: string) =>
    fixture === AUDITED_FIXTURES[0] || state === 'panels closed'
      ? path.join(ARTIFACTS, `axe-${browser}-${slugName(page.name)}-${theme}-${slugName(fixture)}-${slugName(state)}.png`)
      : null;
}

/** A chosen theme overrides the system's scheme, so the choices are audited once: main fixture, light system. */
const choicesFor = (fixture: string, theme: Theme) => fixture === AUDITED_FIXTURES[0] && theme === 'light';

/** The state the page's first paint recorded ("ready", "restricted", …), after waiting for it. */
const shownState = (page: AuditTarget) =>
  page.run(async (mark) => {
    const deadline = Date.now() + 20_000;
    while (performance.getEntriesByName(mark).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const entry = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
    return (entry?.detail as string | undefined) ?? 'never shown';
  }, SHOWN_MARK);

async function expectShown(page: AuditTarget, fixture: string, where: string): Promise<void> {
  const state = await shownState(page);
  if (fixture === NO_TAB) expect(state, where).not.toBe('never shown');
  else expect(state, `${where} should show the article`).toBe('ready');
}

/** Both drivers' evaluate, without their argument-unwrapping types (the audit passes plain JSON). */
type Evaluate = (fn: (arg: never) => unknown, arg: unknown) => Promise<unknown>;
const untyped = (page: { evaluate: unknown }) => (page.evaluate as Evaluate).bind(page);

function expectNoViolations(own: AuditRow[]): void {
  expect(own.length, 'nothing was audited').toBeGreaterThan(0);
  expect(totalViolations(own), report(own)).toBe(0);
}

describe.skipIf(!hasChromium)('axe-core in Chromium', () => {
  let h: Harness;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
    h = await launch();
  });
  afterAll(async () => {
    await h?.cleanup();
    server?.close();
  });

  const target = (page: PlaywrightPage): AuditTarget => ({
    run: (fn, arg) => untyped(page)(fn, arg) as Promise<Awaited<ReturnType<typeof fn>>>,
    inject: async (source) => void (await page.evaluate(source)),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
  });

  it('finds no violations on any page, theme, fixture or panel state', { timeout: 600_000 }, async () => {
    const { present, missing } = pagesInBuild(BUILD_DIR);
    for (const m of missing) console.log(`axe (chromium): ${m.file} is not in the build, ${m.name} not audited`);
    const own: AuditRow[] = [];
    for (const fixture of CASES) {
      let tabQuery = '';
      const fixturePage = fixture === NO_TAB ? null : await h.context.newPage();
      if (fixturePage) {
        const url = `${origin}/${fixture}/`;
        await fixturePage.goto(url, { waitUntil: 'load' });
        tabQuery = `?tabId=${await tabIdOf(h.worker, url)}`;
      }
      for (const audited of present) {
        for (const theme of THEMES) {
          const page = await h.context.newPage();
          await page.setViewportSize(audited.viewport);
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`chrome-extension://${h.extensionId}/${audited.file}${tabQuery}`);
          const t = target(page);
          const where = `chromium ${audited.name} ${theme} ${fixture}`;
          await expectShown(t, fixture, where);
          expect(await seesScheme(t, theme), `${where}: prefers-color-scheme emulation`).toBe(true);
          expect(await wornTheme(t), `${where}: the page follows the system's scheme`).toBe('auto');
          if (own.length === 0) expect(await seesPlantedViolation(t), `${where}: axe reports a planted violation`).toBe(true);
          const results = await auditStates(t, shotNamer('chromium', audited, theme, fixture), { themeChoices: choicesFor(fixture, theme) });
          own.push({ browser: 'chromium', page: audited.name, theme, fixture, direction: await shownDirection(t), results });
          await page.close();
        }
      }
      await fixturePage?.close();
    }
    rows.push(...own);
    expectNoViolations(own);
  });
});

describe.skipIf(!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))('axe-core in Firefox', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await serveFixtures());
  });
  afterAll(() => {
    server?.close();
  });

  const target = (page: PuppeteerPage): AuditTarget => ({
    run: (fn, arg) => untyped(page)(fn, arg) as Promise<Awaited<ReturnType<typeof fn>>>,
    inject: async (source) => void (await page.evaluate(source)),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
  });

  // BiDi has no color-scheme emulation: each theme is a Firefox launched with it as a pref.
  for (const theme of THEMES) {
    it(`finds no violations on any page, fixture or panel state, ${theme}`, { timeout: 600_000 }, async () => {
      const dark = theme === 'dark';
      // content-override: 0 dark, 1 light.
      const h = await launchFirefox(Number(new URL(origin).port), {
        'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
        'ui.systemUsesDarkTheme': dark ? 1 : 0,
      });
      const own: AuditRow[] = [];
      try {
        const { present, missing } = pagesInBuild(FIREFOX_BUILD_DIR);
        for (const m of missing) console.log(`axe (firefox): ${m.file} is not in the build, ${m.name} not audited`);
        for (const fixture of CASES) {
          let tabQuery = '';
          const fixturePage = fixture === NO_TAB ? null : await h.browser.newPage();
          if (fixturePage) {
            const url = `${origin}/${fixture}/`;
            await fixturePage.goto(url, { waitUntil: 'load' });
            // Any extension page can list the tabs.
            const probe = await h.browser.newPage();
            await navigateExtensionPage(probe, h.extUrl('popup.html'));
            tabQuery = `?tabId=${await firefoxTabIdOf(probe, url)}`;
            await probe.close();
          }
          for (const audited of present) {
            const page = await h.browser.newPage();
            await page.setViewport(audited.viewport);
            await navigateExtensionPage(page, `${h.extUrl(audited.file)}${tabQuery}`);
            const t = target(page);
            const where = `firefox ${audited.name} ${theme} ${fixture}`;
            await expectShown(t, fixture, where);
            expect(await seesScheme(t, theme), `${where}: prefers-color-scheme pref`).toBe(true);
            expect(await wornTheme(t), `${where}: the page follows the system's scheme`).toBe('auto');
            if (own.length === 0) expect(await seesPlantedViolation(t), `${where}: axe reports a planted violation`).toBe(true);
            const results = await auditStates(t, shotNamer('firefox', audited, theme, fixture), { themeChoices: choicesFor(fixture, theme) });
            own.push({ browser: 'firefox', page: audited.name, theme, fixture, direction: await shownDirection(t), results });
            await page.close();
          }
          await fixturePage?.close();
        }
      } finally {
        await h.cleanup();
      }
      rows.push(...own);
      expectNoViolations(own);
    });
  }
});
