// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with a test copy of the Firefox build.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
function testCopyOfExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cnr-ff-ext-'));
  cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { manifest_version: number; permissions?: string[]; host_permissions?: string[] };
  const origin = 'http://127.0.0.1/*';
  if (manifest.manifest_version >= 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), origin];
  else manifest.permissions = [...(manifest.permissions ?? []), origin];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface FirefoxHarness {
  browser: Browser;
  extUrl: (file: string) => string;
  cleanup: () => Promise<void>;
}

/**
 * `proxyPort` takes every request Firefox would send off the machine (127.0.0.1 itself is never proxied):
 * article images and trackers of the fixtures get a local answer, so nothing leaves the machine.
 */
export async function launchFirefox(proxyPort: number): Promise<FirefoxHarness> {
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error('No build in .output/firefox-mv2: run `npm run build:firefox` first.');
  }
  const ext = testCopyOfExtension();
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
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
    },
  });
  try {
    const id = await browser.installExtension(ext);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
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

/** `page.goto` never resolves for moz-extension:// pages (no load event reaches it); BiDi's navigate does. */
export async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiNavigable>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes the BiDi browsing context on frames; update navigateExtensionPage.');
  }
  await frame.browsingContext.navigate(url, 'complete');
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

/** Console errors and uncaught exceptions of a page, collected from the moment it is created. */
export function collectErrors(page: Page, label: string, into: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(`${label}: console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => into.push(`${label}: uncaught: ${err instanceof Error ? err.message : String(err)}`));
}
