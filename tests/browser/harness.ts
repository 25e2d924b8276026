// Launches Chromium with a copy of the built extension and serves fixture pages from 127.0.0.1.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PAGES_DIR } from '../support/fixture-pages';

declare global {
  /** The extension API as seen inside the service worker (only what the tests call). */
  const chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      create(p: { url: string }): Promise<{ id?: number }>;
    };
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILD_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

/** Every fixture at /<slug>/; anything else (images, scripts the page asks for) is an empty 204. */
export async function serveFixtures(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const slug = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]).split('/')[1] ?? '';
    const file = path.join(PAGES_DIR, slug, 'source.html');
    if (slug && !slug.includes('..') && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * A toolbar click grants activeTab; a headless test cannot click the toolbar, so the test copy of the
 * extension gets host access to the local server instead. The shipped manifest is not changed.
 */
function testCopyOfExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cnr-ext-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

// Chromium as a Mac reader runs it. An Apple News web link (apple.news/…) sends every browser whose
// agent names no Apple system on to the publisher at once, so only a Mac's Chrome ever shows that
// page and lets its reader click the toolbar there; elsewhere the page is gone before it loads.
const MAC_CHROME_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36';

function contextOptions(ext: string, extraArgs: string[] = []) {
  return {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    userAgent: MAC_CHROME_AGENT,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      ...extraArgs,
    ],
  };
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cleanup: () => Promise<void>;
}

/** extraArgs: more Chromium switches, e.g. `--lang=ar` for the interface in Arabic. */
export async function launch(extraArgs: string[] = []): Promise<Harness> {
  if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npm run build` first.');
  const ext = testCopyOfExtension();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cnr-profile-'));
  const context = await chromium.launchPersistentContext(profile, contextOptions(ext, extraArgs));
  // Article images point at the real sites; answer them locally so nothing leaves the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    cleanup: async () => {
      await context.close();
      rmSync(ext, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id === null) throw new Error(`no tab has ${url}`);
  return id;
}

/** Console errors and uncaught exceptions of a page, collected from the moment it is created. */
export function collectErrors(page: Page, into: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => into.push(`${page.url()}: ${err.message}`));
}

/**
 * launch(), with the test copy's manifest patched further: e.g. the "tabs" permission, so extension
 * pages see every tab's URL as they see the clicked tab's after a toolbar click (activeTab).
 */
export async function launchWithManifest(patch: Record<string, unknown>): Promise<Harness> {
  const ext = testCopyOfExtension();
  const manifestPath = path.join(ext, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), ...patch }));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cnr-profile-'));
  const context = await chromium.launchPersistentContext(profile, contextOptions(ext));
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    cleanup: async () => {
      await context.close();
      rmSync(ext, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
