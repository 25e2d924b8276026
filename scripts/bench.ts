// Extraction quality and speed of our pipeline beside plain Readability, on the same DOM (linkedom).
// Data: ../shared/bench (aeb-dev, readability-pages, trafilatura-dev; see its README). `npm run bench -- --help` for the flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './bench/args';
import { loadAeb } from './bench/load-aeb';
import { loadReadabilityPages } from './bench/load-readability-pages';
import { formatAeb, runAeb, type AebFigures } from './bench/run-aeb';
import { formatRp, runRp, type RpFigures } from './bench/run-rp';
import { loadTrafilatura } from './bench/load-trafilatura';
import { formatTrafilatura, runTrafilatura, trafGateFailure, type TrafFigures } from './bench/run-trafilatura';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const benchDir = resolve(process.env.BENCH_DIR ?? join(root, '..', 'shared', 'bench'));

function main(): number {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const skipped: string[] = [];
  let aeb: AebFigures | null = null;
  let rp: RpFigures | null = null;
  let traf: TrafFigures | null = null;
  const wanted = (d: typeof args.only) => args.only === null || args.only === d;
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

  if (wanted('aeb')) {
    const pages = loadAeb(join(benchDir, 'aeb-dev'), args.limit);
    if (!pages?.length) skipped.push(`aeb-dev (no ${join(benchDir, 'aeb-dev')} with ground-truth.json and html/)`);
    else {
      const t = performance.now();
      aeb = runAeb(pages, {});
      console.log(formatAeb(aeb, args.verbose) + `\naeb-dev took ${seconds(t)} s\n`);
    }
  }
  if (wanted('rp')) {
    const pages = loadReadabilityPages(join(benchDir, 'readability-pages'), args.limit);
    if (!pages?.length) skipped.push(`readability-pages (no test folders in ${join(benchDir, 'readability-pages')})`);
    else {
      const t = performance.now();
      rp = runRp(pages, {});
      console.log(formatRp(rp, args.verbose) + `\nreadability-pages took ${seconds(t)} s\n`);
    }
  }
  if (wanted('traf')) {
    const dir = join(benchDir, 'trafilatura-dev');
    const pages = loadTrafilatura(dir, args.limit);
    if (!pages?.length) skipped.push(`trafilatura-dev (no ${dir} with evaldata.json and html/)`);
    else {
      const t = performance.now();
      traf = runTrafilatura(pages, {});
      console.log(formatTrafilatura(traf, args.verbose) + `\ntrafilatura-dev took ${seconds(t)} s\n`);
    }
  }
  for (const s of skipped) console.log(`skipped: ${s}`);

  const total = (performance.now() - started) / 1000;
  const parts: string[] = [];
  if (aeb) parts.push(`aeb-dev F1 ours ${aeb.ours.f1.toFixed(3)} vs readability ${aeb.readability.f1.toFixed(3)} (${signed(aeb.ours.f1 - aeb.readability.f1)})`);
  if (aeb) parts.push(`${aeb.worseThanReadability.length} page(s) worse by > 0.05`);
  if (rp) parts.push(`readability-pages F1 ours ${rp.ours.bodyF1.toFixed(3)} vs ${rp.readability.bodyF1.toFixed(3)}, ${rp.ours.missing.length} page(s) without title/body`);
  if (traf)
    parts.push(
      `trafilatura-dev F1 ours ${traf.ours.f1.toFixed(3)} vs readability ${traf.readability.f1.toFixed(3)} (${signed(traf.ours.f1 - traf.readability.f1)}), ` +
        `recall ${traf.ours.recall.toFixed(3)} vs ${traf.readability.recall.toFixed(3)}, ${traf.lost.length} page(s) losing a segment readability keeps, ` +
        `${traf.noArticle.length} page(s) with no article (${traf.noArticle.filter((n) => n.readabilityHasText).length} where readability has text), ` +
        `time ${(traf.ours.msMean / Math.max(1e-9, traf.readability.msMean)).toFixed(2)}x`,
    );
  console.log(`summary: ${parts.join('; ') || 'nothing measured'}; ${total.toFixed(1)} s`);

  if (args.json) {
    const file = resolve(args.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ benchDir, limit: args.limit ?? null, seconds: total, skipped, aeb, readabilityPages: rp, trafilatura: traf }, null, 2) + '\n');
    console.log(`wrote ${file}`);
  }

  if (args.check) {
    // Only quality is gated: speed depends on the machine, so it is reported, never failed on.
    if (!aeb) console.log('check: skipped, aeb-dev was not run');
    else if (aeb.ours.f1 < aeb.readability.f1) {
      console.log(
        `check FAILED: aeb-dev F1 ours ${aeb.ours.f1.toFixed(4)} < readability ${aeb.readability.f1.toFixed(4)}` +
          (aeb.ours.failures.length ? ` (ours empty/failed on ${aeb.ours.failures.length} of ${aeb.pages} pages)` : ''),
      );
      return 1;
    } else console.log(`check passed: aeb-dev F1 ours ${aeb.ours.f1.toFixed(4)} >= readability ${aeb.readability.f1.toFixed(4)}`);
    // trafilatura-dev's F1 condition is met and gated here; its lost-segment share (at most 1% of
    // pages) is not yet, and stays behind --check-traf until it is.
    if (traf && traf.ours.f1 < traf.readability.f1) {
      console.log(`check FAILED: trafilatura-dev F1 ours ${traf.ours.f1.toFixed(4)} < readability ${traf.readability.f1.toFixed(4)}`);
      return 1;
    } else if (traf) console.log(`check passed: trafilatura-dev F1 ours ${traf.ours.f1.toFixed(4)} >= readability ${traf.readability.f1.toFixed(4)}`);
  }
  if (args.checkTraf) {
    // Its own flag: the trafilatura-dev gate is meant for CI once the pipeline meets it.
    if (!traf) console.log('check-traf: skipped, trafilatura-dev was not run');
    else {
      const failure = trafGateFailure(traf);
      if (failure) {
        console.log(`check-traf FAILED: trafilatura-dev ${failure}`);
        return 1;
      }
      console.log(
        `check-traf passed: trafilatura-dev F1 ours ${traf.ours.f1.toFixed(4)} >= readability ${traf.readability.f1.toFixed(4)}, ` +
          `${traf.lost.length} of ${traf.pages} pages lose a segment readability keeps`,
      );
    }
  }
  return 0;
}

function signed(v: number): string {
  return (v >= 0 ? '+' : '') + v.toFixed(3);
}

process.exitCode = main();
