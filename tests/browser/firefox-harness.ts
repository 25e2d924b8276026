// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with a test copy of the Firefox build.
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = path.join(ROOT, '.output', 'firefox-mv2');
export const GECKO_ID = 'clear-news-reader@example.org';
/** Pinned through `extensions.webextensions.uuids`, so moz-extension:// URLs are known before install. */
export const EXTENSION_UUID = '6f0c4f7e-2a41-4c8e-9d1b-3a5e8c0f7b21';

/**
 * A toolbar click grants activeTab; a headless test cannot click the toolbar, so the test copy gets
 * host access to the local server (MV2: an origin in `permissions`). The shipped manifest is not changed.
 */
function testCopyOfExtension(extraPermissions: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cnr-ff-ext-'));
  cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { manifest_version: number; permissions?: string[]; host_permissions?: string[] };
  const origin = 'http://127.0.0.1/*';
  if (manifest.manifest_version >= 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), origin];
  else manifest.permissions = [...(manifest.permissions ?? []), origin];
  manifest.permissions = [...(manifest.permissions ?? []), ...extraPermissions];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface FirefoxHarness {
  browser: Browser;
  log: FirefoxErrorLog;
  extUrl: (file: string) => string;
  cleanup: () => Promise<void>;
}

/**
 * `proxyPort` takes every request Firefox would send off the machine (127.0.0.1 itself is never proxied):
 * article images and trackers of the fixtures get a local answer, so nothing leaves the machine.
 * `extraPrefs` are set at launch: what BiDi cannot emulate (a color scheme) is a pref.
 * `extraPermissions` go into the test copy's manifest too: e.g. "tabs", so extension pages see every tab's
 * URL as they see the clicked tab's after a toolbar click.
 */
export async function launchFirefox(proxyPort: number, extraPrefs: Record<string, unknown> = {}, extraPermissions: string[] = []): Promise<FirefoxHarness> {
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error('No build in .output/firefox-mv2: run `npm run build:firefox` first.');
  }
  const ext = testCopyOfExtension(extraPermissions);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cnr-ff-profile-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Without it Firefox refuses to navigate to moz-extension:// URLs under remote control.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Console calls of pages (extension pages included) to stdout: see FirefoxErrorLog.
      'devtools.console.stdout.content': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      ...extraPrefs,
    },
  });
  let log: FirefoxErrorLog;
  try {
    const proc = browser.process();
    if (!proc) throw new Error('puppeteer launched Firefox but gives no handle on its process');
    log = new FirefoxErrorLog(proc);
    const id = await browser.installExtension(ext);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    log,
    extUrl: (file) => `moz-extension://${EXTENSION_UUID}/${file}`,
    cleanup: async () => {
      await browser.close();
      rmSync(ext, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The part of puppeteer's BiDi frame this file uses; not in its public types. */
interface BidiNavigable {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * `page.goto` never resolves for moz-extension:// pages (no load event reaches it); BiDi's navigate does.
 * `wait: 'none'` returns once the navigation has started: for a page whose response is still coming.
 */
export async function navigateExtensionPage(page: Page, url: string, wait: 'none' | 'complete' = 'complete'): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiNavigable>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes the BiDi browsing context on frames; update navigateExtensionPage.');
  }
  await frame.browsingContext.navigate(url, wait);
}

/**
 * The id of the tab showing exactly `url`, asked from an extension page. Firefox's tab URL patterns
 * ignore ports, so `tabs.query({ url })` cannot be used.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
    return (await ext.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab has ${url}`);
  return id;
}

const SENTINEL = 'clear-news-test-log-sentinel';

/**
 * Errors of the extension, read from Firefox's own output. WebDriver BiDi reports no console entries and
 * runs no preload scripts for moz-extension:// pages, so puppeteer's 'console'/'pageerror' events stay silent there.
 * Firefox prints uncaught errors (and unhandled rejections) to stderr as `JavaScript error: <url>, line N: …`;
 * those from moz-extension:// URLs are ours (extension pages, background, content script). With
 * `devtools.console.stdout.content` it prints `console.error: …` calls to stdout, without saying which page made
 * them: the fixture pages' own scripts are not served, so these count as ours too.
 */
export class FirefoxErrorLog {
  private readonly errors: string[] = [];
  private readonly sentinels = new Set<string>();
  private serial = 0;

  constructor(proc: ChildProcess) {
    if (!proc.stdout || !proc.stderr) throw new Error('Firefox was launched without piped stdout/stderr (dumpio?)');
    createInterface({ input: proc.stdout }).on('line', (line) => this.read(line));
    createInterface({ input: proc.stderr }).on('line', (line) => this.read(line));
  }

  private read(line: string): void {
    const sentinel = line.match(new RegExp(`^console\\.error: "(${SENTINEL}-\\d+)"$`));
    if (sentinel) this.sentinels.add(sentinel[1]);
    // "RSLoader:" is Firefox's own Remote Settings loader: in a fresh profile with no network it logs its
    // failed download through the same console, and it is no page's and no extension's.
    else if (/^console\.error: RSLoader:/.test(line)) return;
    else if (/^console\.error: /.test(line) || /^JavaScript error: moz-extension:\/\//.test(line)) this.errors.push(line);
  }

  /**
   * Errors logged since the last call. An extension page logs a sentinel and we wait for it, so whatever that page
   * logged before is surely read; the sentinel showing up also proves the log is being watched at all.
   */
  async takeErrors(extensionPage: Page): Promise<string[]> {
    const sentinel = `${SENTINEL}-${++this.serial}`;
    await extensionPage.evaluate((s) => console.error(s), sentinel);
    const deadline = Date.now() + 5_000;
    while (!this.sentinels.has(sentinel)) {
      if (Date.now() > deadline) throw new Error('Firefox did not print console.error to stdout: the error check would be blind.');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.errors.splice(0);
  }
}
