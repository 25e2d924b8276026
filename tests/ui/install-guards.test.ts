// The page cannot switch the reader off: its elements' names and ids become properties of `window`
// in every script world, so an install mark a page can shadow would make a first injection look
// like a second one. Tested in a JSDOM window, which has that named access (vitest's global does not).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { installOnce, LIVE_CLEAN_INSTALLED, READER_INSTALLED } from '../../utils/tab/install-once';

const HOSTILE = `<img name="__clearNewsReaderInstalled"><div id="__clearNewsLiveCleanInstalled"></div>
<form name="clear-news-reader/reader-installed"></form><embed name="Symbol"><div id="hasOwnProperty"></div>`;

describe('install guards', () => {
  it('really are shadowed by elements when keyed by name (the attack these guards resist)', () => {
    const { window } = new JSDOM(HOSTILE);
    expect(String((window as unknown as Record<string, unknown>).__clearNewsReaderInstalled)).toBe('[object HTMLImageElement]');
    expect(String((window as unknown as Record<string, unknown>).__clearNewsLiveCleanInstalled)).toBe('[object HTMLDivElement]');
  });

  it('install once per script world on a page full of elements named like them', () => {
    const { window } = new JSDOM(HOSTILE);
    for (const key of [READER_INSTALLED, LIVE_CLEAN_INSTALLED]) {
      expect(installOnce(key, window)).toBe(true);
      expect(installOnce(key, window)).toBe(false);
    }
  });

  it('are symbols the page cannot name, and a mark it cannot overwrite', () => {
    expect(typeof READER_INSTALLED).toBe('symbol');
    const { window } = new JSDOM('');
    installOnce(READER_INSTALLED, window);
    expect(() => {
      (window as unknown as Record<symbol, unknown>)[READER_INSTALLED] = false;
    }).toThrow();
    expect(installOnce(READER_INSTALLED, window)).toBe(false);
  });
});

describe('scripts injected into pages', () => {
  // WXT's content-script wrapper posts "content script started" to the page (window.postMessage, and
  // a document event) with the extension's id in its name: any page could learn which extension
  // reads it. Scripts the extension injects are unlisted scripts, which have no such wrapper.
  const dir = path.resolve(__dirname, '../../entrypoints');
  // The boot script runs in the extension's own pages (popup, reader tab), never in a web page.
  const BOOT = 'reading-boot.ts';
  const injected = readdirSync(dir).filter((f) => /\.ts$/.test(f) && f !== 'background.ts' && f !== BOOT);

  it('exist (the reader and the live-page cleaner)', () => {
    expect(injected.sort()).toEqual(['live-clean.ts', 'reader.ts']);
  });

  it.each(injected)('%s is an unlisted script, not a WXT content script', (file) => {
    const src = readFileSync(path.join(dir, file), 'utf8');
    expect(src).toContain('defineUnlistedScript(');
    expect(src).not.toMatch(/defineContentScript|ContentScriptContext/);
  });

  it('the boot script is an unlisted script too, importing only the requests it sends (it must stay about a kilobyte)', () => {
    const src = readFileSync(path.join(dir, BOOT), 'utf8');
    expect(src).toContain('defineUnlistedScript(');
    const imports = [...src.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['wxt/utils/define-unlisted-script', '../utils/browser/first-requests']);
  });

  it('no content script is declared by file name either', () => {
    expect(readdirSync(dir).filter((f) => /\.content\.(ts|tsx|js)$|^content\./.test(f))).toEqual([]);
  });
});
