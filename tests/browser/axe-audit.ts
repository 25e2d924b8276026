// axe-core over the extension's pages, the same way in Chromium (playwright) and Firefox (puppeteer):
// each page in each state a person can bring it to (every toolbar panel open in turn, and none).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness';

export const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

/** An extension page to audit. Add a row here and every browser, theme and fixture covers it. */
export interface AuditedPage {
  name: string;
  /** The built HTML file; a page missing from a build is reported as skipped, not failed. */
  file: string;
  viewport: { width: number; height: number };
}

// A real popup is at most 800x600; the side panel is a narrow column.
export const AUDITED_PAGES: AuditedPage[] = [
  { name: 'popup', file: 'popup.html', viewport: { width: 520, height: 600 } },
  { name: 'side panel', file: 'sidepanel.html', viewport: { width: 400, height: 800 } },
  { name: 'reader tab', file: 'reader-tab.html', viewport: { width: 1100, height: 900 } },
];

/** Fixture pages the extension pages are opened for: an aggregator article with related stories, and an RTL one. */
export const AUDITED_FIXTURES = ['daily8-article', 'arabic-news-article'];

export function pagesInBuild(buildDir: string): { present: AuditedPage[]; missing: AuditedPage[] } {
  const present = AUDITED_PAGES.filter((p) => existsSync(path.join(buildDir, p.file)));
  return { present, missing: AUDITED_PAGES.filter((p) => !present.includes(p)) };
}

/** What an audit needs of a page, whichever driver opened it. */
export interface AuditTarget {
  /** Runs a function in the page; it is serialized, so it must close over nothing. */
  run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a script's source text in the page (extension pages' CSP refuses script tags). */
  inject(source: string): Promise<void>;
  screenshot(file: string): Promise<void>;
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

export interface StateResult {
  /** "panels closed" or "<button label> open". */
  state: string;
  violations: Violation[];
}

async function axeViolations(page: AuditTarget): Promise<Violation[]> {
  return page.run(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: RawViolation[] }> } }).axe;
    interface RawViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, null);
}

/**
 * Whether axe, as injected and run here, reports a violation planted in the page (a button named
 * otherwise than it reads): a zero from an audit that could not see would pass unnoticed.
 */
export async function seesPlantedViolation(page: AuditTarget): Promise<boolean> {
  await page.inject(AXE_SOURCE);
  await page.run(() => {
    const planted = document.createElement('button');
    planted.id = 'axe-planted';
    planted.textContent = 'Open';
    planted.setAttribute('aria-label', 'Close');
    document.querySelector('main')?.append(planted);
  }, null);
  const found = (await axeViolations(page)).some((v) => v.id === 'label-content-name-mismatch' && v.nodes.some((n) => n.target === '#axe-planted'));
  await page.run(() => document.getElementById('axe-planted')?.remove(), null);
  return found;
}

/** The toolbar's disclosure buttons by their visible label, in order: each one opens a panel. */
const panelButtons = (page: AuditTarget) =>
  page.run(() => [...document.querySelectorAll<HTMLButtonElement>('header button[aria-controls][aria-expanded]')].map((b) => b.textContent?.trim() ?? ''), null);

/** Clicks the index-th disclosure button and waits until its panel's shown state matches `open`. */
async function setPanel(page: AuditTarget, index: number, open: boolean): Promise<void> {
  const reached = await page.run(async ({ index, open }) => {
    const button = document.querySelectorAll<HTMLButtonElement>('header button[aria-controls][aria-expanded]')[index];
    if ((button.getAttribute('aria-expanded') === 'true') !== open) button.click();
    const panel = () => document.getElementById(button.getAttribute('aria-controls') ?? '');
    const shown = () => {
      const p = panel();
      return !!p && !p.hidden && p.childElementCount > 0;
    };
    const deadline = Date.now() + 5_000;
    while (shown() !== open && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    // Two frames, so what the panel renders after it opens (lists, counts) is in the audited DOM.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return shown() === open;
  }, { index, open });
  if (!reached) throw new Error(`panel ${index} did not ${open ? 'open' : 'close'}`);
}

/** The theme choices an open panel offers (the reader tab's Appearance), and the one checked. */
const themeChoices = (page: AuditTarget) =>
  page.run(() => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('.panel:not([hidden]) input[type="radio"][name="theme"]')];
    return { values: radios.map((r) => r.value), checked: radios.find((r) => r.checked)?.value ?? null };
  }, null);

/** Picks a theme in the open panel and waits until the page wears it. */
async function chooseTheme(page: AuditTarget, value: string): Promise<void> {
  const worn = await page.run(async (v) => {
    document.querySelector<HTMLInputElement>(`.panel:not([hidden]) input[type="radio"][name="theme"][value="${v}"]`)?.click();
    const deadline = Date.now() + 5_000;
    while (document.documentElement.dataset.theme !== v && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return document.documentElement.dataset.theme === v;
  }, value);
  if (!worn) throw new Error(`the page did not take the ${value} theme`);
}

/**
 * Audits the page with every panel closed, then with each panel open alone. With `themeChoices`, each
 * theme a panel offers besides the one chosen is then audited too (with that panel open and with all
 * closed), and the choice is put back, since it is saved and would restyle the next page opened.
 * `shot(state)` names a screenshot to take in that state, or null for none.
 */
export async function auditStates(
  page: AuditTarget, shot: (state: string) => string | null, options: { themeChoices?: boolean } = {},
): Promise<StateResult[]> {
  await page.inject(AXE_SOURCE);
  const results: StateResult[] = [];
  const audit = async (state: string) => {
    results.push({ state, violations: await axeViolations(page) });
    const file = shot(state);
    if (file) await page.screenshot(file);
  };
  await audit('panels closed');
  const labels = await panelButtons(page);
  const themed: { index: number; label: string; values: string[]; checked: string }[] = [];
  for (const [i, label] of labels.entries()) {
    await setPanel(page, i, true);
    await audit(`${label} open`);
    const { values, checked } = await themeChoices(page);
    if (values.length && checked) themed.push({ index: i, label, values, checked });
    await setPanel(page, i, false);
  }
  if (!options.themeChoices) return results;
  for (const { index, label, values, checked } of themed) {
    for (const value of values.filter((v) => v !== checked)) {
      await setPanel(page, index, true);
      await chooseTheme(page, value);
      await audit(`${value} chosen, ${label} open`);
      await setPanel(page, index, false);
      await audit(`${value} chosen, panels closed`);
    }
    await setPanel(page, index, true);
    await chooseTheme(page, checked);
    await setPanel(page, index, false);
  }
  return results;
}

/** The theme the page wears: "auto" means the system's (emulated) color scheme decides. */
export const wornTheme = (page: AuditTarget) => page.run(() => document.documentElement.dataset.theme ?? null, null);

/** Whether the page sees the emulated color scheme: an emulation that did not take would audit light twice. */
export const seesScheme = (page: AuditTarget, theme: Theme) =>
  page.run((t) => matchMedia(`(prefers-color-scheme: ${t})`).matches, theme);

export interface AuditRow {
  browser: string;
  page: string;
  theme: Theme;
  fixture: string;
  /** The computed direction of the article (or of the body where there is none): RTL must be audited as shown. */
  direction: string;
  results: StateResult[];
}

export const shownDirection = (page: AuditTarget) =>
  page.run(() => getComputedStyle(document.querySelector('article') ?? document.body).direction, null);

const count = (r: StateResult[]) => r.reduce((n, s) => n + s.violations.length, 0);

/**
 * One line per browser, page and theme with its violation count (rules failed, summed over panel
 * states) and the count per fixture with the direction it was shown in; then every violation in detail.
 */
export function report(rows: AuditRow[]): string {
  const lines = ['axe-core violations (rules failed, summed over panel states; per fixture, with the article\'s direction):'];
  const keys = new Map<string, AuditRow[]>();
  for (const row of rows) {
    const key = `${row.browser.padEnd(9)} ${row.page.padEnd(11)} ${row.theme.padEnd(5)}`;
    keys.set(key, [...(keys.get(key) ?? []), row]);
  }
  for (const [key, group] of keys) {
    const states = group.reduce((n, g) => n + g.results.length, 0);
    const each = group.map((g) => `${g.fixture} ${g.direction}: ${count(g.results)}`).join(', ');
    lines.push(`  ${key} ${String(group.reduce((n, g) => n + count(g.results), 0)).padStart(3)} in ${String(states).padStart(2)} states (${each})`);
  }
  for (const row of rows) {
    for (const s of row.results) {
      for (const v of s.violations) {
        lines.push(`  - ${row.browser} ${row.page} ${row.theme} ${row.fixture} [${s.state}]: ${v.id} (${v.impact}) ${v.help}`);
        for (const n of v.nodes.slice(0, 4)) lines.push(`      ${n.target}: ${n.summary.replace(/\s+/g, ' ').slice(0, 220)}`);
        if (v.nodes.length > 4) lines.push(`      … and ${v.nodes.length - 4} more`);
      }
    }
  }
  return lines.join('\n');
}

export const totalViolations = (rows: AuditRow[]) => rows.reduce((n, r) => n + count(r.results), 0);
