// `npm start`: builds the extension, serves a bundled sample aggregator page on 127.0.0.1 and
// opens Chromium/Chrome with the extension loaded. Without a display or a browser it says so and
// prints what the extension would show for the sample, through the same pipeline (the CLI's result).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PageResult } from '../utils/types';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'pages', 'daily8-article', 'source.html');
const SAMPLE_URL = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', 'daily8-article', 'expected.json'), 'utf8')).url as string;
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printSampleResult(why: string): void {
  console.log(`\n${why}\nHere is what the extension shows for the bundled sample page (${SAMPLE_URL}),\nthrough the same pipeline, as the CLI prints it (npm run extract -- ${SAMPLE.replace(ROOT + '/', '')} --format text):\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts'), SAMPLE, '--url', SAMPLE_URL, '--format', 'text'], { cwd: ROOT, stdio: 'inherit' });
  const json = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts'), SAMPLE, '--url', SAMPLE_URL], { cwd: ROOT, encoding: 'utf8' });
  try {
    const result = JSON.parse(json.stdout) as PageResult;
    console.log('\nWhat the clutter filters took out:');
    for (const r of result.removed) console.log(`  ${r.label} (${r.count}): ${r.samples.slice(0, 3).join(' | ')}`);
    console.log('\nRelated stories, grouped by topic:');
    for (const g of result.related.groups) {
      console.log(`  ${g.label}`);
      for (const st of g.stories) console.log(`    - ${st.title} (${[st.source, st.timeText].filter(Boolean).join(', ')})`);
    }
  } catch {
    console.log(json.stderr);
  }
  console.log('\nThe whole result as JSON: npm run extract -- ' + SAMPLE.replace(ROOT + '/', '') + ' --url ' + SAMPLE_URL);
  process.exitCode = run.status ?? 1;
}

function main(): void {
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error('The build failed; see above.');
    process.exitCode = 1;
    return;
  }
  const browser = process.env.CHROME_PATH ?? BROWSERS.find((b) => existsSync(b));
  if (!browser) return printSampleResult('No Chromium or Chrome found (set CHROME_PATH to use another one).');
  if (!hasDisplay()) return printSampleResult('No display found (DISPLAY is not set), so no browser window can open.');

  const html = readFileSync(SAMPLE);
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/' || req.url?.startsWith('/sample') ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' || req.url?.startsWith('/sample') ? html : 'not found');
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const page = `http://127.0.0.1:${port}/sample`;
    const profile = mkdtempSync(join(tmpdir(), 'clear-news-reader-'));
    console.log(`\nServing the sample aggregator page at ${page}\nOpening ${browser} with the extension loaded from ${EXTENSION}.\nClick the extension's toolbar button (or press Alt+Shift+R) on the page. Ctrl+C here to stop.`);
    const child = spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--no-default-browser-check', page], { stdio: 'ignore' });
    child.on('exit', () => server.close());
    child.on('error', (e) => {
      server.close();
      printSampleResult(`Could not start ${browser}: ${e.message}`);
    });
  });
}

main();
