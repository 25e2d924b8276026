// Renders scripts/icon.svg to public/icon/<size>.png with the machine's Chromium (no download).
// WXT finds public/icon/<size>.png and declares them as the manifest's icons.
// Run: npx tsx scripts/render-icons.ts   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = readFileSync(path.join(ROOT, 'scripts', 'icon.svg'), 'utf8');
  const outDir = path.join(ROOT, 'public', 'icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const size of SIZES) {
      // deviceScaleFactor 1: one CSS pixel is one icon pixel, so the PNG is exactly size x size.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const body = `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
      await page.setContent(body);
      await page.screenshot({ path: path.join(outDir, `${size}.png`), omitBackground: true });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

void main();
