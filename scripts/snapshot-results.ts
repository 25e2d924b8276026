// `npm run snapshot -- out.jsonl`: every field of the PageResult (timings aside) on every fixture
// page and every page of ../shared/bench, one JSON line a page, for refactors that must not change
// what the pipeline outputs. Compare two runs with `npm run snapshot -- --compare a.jsonl b.jsonl`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract-page';
import { exportArticle, type ExportFormat } from '../utils/export/index';
import type { PageResult } from '../utils/types';
import { extractFixture, fixtureSlugs, loadFixture, parseWithLinkedom } from '../tests/support/fixture-pages';

const root = resolve(import.meta.dirname, '..');
const benchDir = resolve(process.env.BENCH_DIR ?? join(root, '..', 'shared', 'bench'));
/** One fixed extraction time for the bench pages, so relative ages compare between runs. */
const BENCH_NOW = Date.parse('2026-01-01T00:00:00Z');
const FORMATS: ExportFormat[] = ['md', 'html', 'text'];

interface Page {
  id: string;
  url: string;
  html: () => string;
  now: number;
}

function benchPages(): Page[] {
  const pages: Page[] = [];
  const gz = (p: string) => () => gunzipSync(readFileSync(p)).toString('utf8');
  const aeb = join(benchDir, 'aeb-dev');
  if (existsSync(join(aeb, 'ground-truth.json'))) {
    const truth = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    for (const id of Object.keys(truth).sort()) pages.push({ id: `aeb/${id}`, url: truth[id]!.url, html: gz(join(aeb, 'html', `${id}.html.gz`)), now: BENCH_NOW });
  }
  const rp = join(benchDir, 'readability-pages');
  if (existsSync(rp)) {
    for (const id of readdirSync(rp).sort()) {
      const src = join(rp, id, 'source.html.gz');
      if (existsSync(src)) pages.push({ id: `rp/${id}`, url: 'http://fakehost/test/page.html', html: gz(src), now: BENCH_NOW });
    }
  }
  const tr = join(benchDir, 'trafilatura-dev');
  if (existsSync(join(tr, 'evaldata.json'))) {
    const data = JSON.parse(readFileSync(join(tr, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
    for (const url of Object.keys(data).sort()) pages.push({ id: `traf/${data[url]!.file}`, url, html: gz(join(tr, 'html', data[url]!.file)), now: BENCH_NOW });
  }
  return pages;
}

function exportsOf(result: PageResult, now: number): Record<string, string> | null {
  if (!result.article) return null;
  const out: Record<string, string> = {};
  for (const f of FORMATS) out[f] = exportArticle(result, f, { parse: parseWithLinkedom, exportedAt: new Date(now) }).content;
  return out;
}

function line(id: string, result: PageResult, now: number): string {
  const { timings: _t, ...rest } = result;
  return JSON.stringify({ id, ...rest, exports: exportsOf(result, now) });
}

function snapshot(out: string): void {
  const lines: string[] = [];
  for (const slug of fixtureSlugs()) {
    const page = loadFixture(slug);
    lines.push(line(`fixture/${slug}`, extractFixture(page), Date.parse(page.expected.now)));
  }
  for (const p of benchPages()) {
    let html = '';
    try {
      html = p.html();
    } catch {
      /* an unreadable page is an empty one, the same in both runs */
    }
    const doc = parseHTML(html).document as unknown as Document;
    lines.push(line(p.id, extractPage(doc, p.url, {}, { now: p.now }), p.now));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} pages to ${out}`);
}

function compare(a: string, b: string): number {
  const read = (f: string) => new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => [JSON.parse(l).id as string, l]));
  const [before, after] = [read(a), read(b)];
  let differ = 0;
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [x, y] = [before.get(id), after.get(id)];
    if (x === y) continue;
    differ++;
    if (!x || !y) {
      console.log(`${id}: only in ${x ? a : b}`);
      continue;
    }
    const [ox, oy] = [JSON.parse(x), JSON.parse(y)];
    const fields = Object.keys({ ...ox, ...oy }).filter((k) => JSON.stringify(ox[k]) !== JSON.stringify(oy[k]));
    console.log(`${id}: ${fields.join(', ')} differ`);
  }
  console.log(`${before.size} pages before, ${after.size} after, ${differ} differ`);
  return differ ? 1 : 0;
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) process.exitCode = compare(args[1]!, args[2]!);
else if (args.length === 1 && !args[0]!.startsWith('-')) snapshot(resolve(args[0]!));
else {
  console.error('usage: npm run snapshot -- out.jsonl | --compare before.jsonl after.jsonl');
  process.exitCode = 2;
}
