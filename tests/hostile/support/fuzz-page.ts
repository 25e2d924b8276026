// One mutated page through the pipeline and every export, as the fuzz test and `npm run fuzz` run it.
import { extractPage } from '../../../utils/extract-page';
import { checkOutputs, parseAs } from './hostile-pages';
import type { MutatedPage } from './mutate';
import { mainThreadCpuMs } from './cpu-time';

export interface FuzzOutcome {
  index: number;
  /** Parse and extraction, in ms: what a person waits for. */
  ms: number;
  /**
   * The CPU time of the same on the thread that ran it, in ms: on a machine shared with other work
   * (CI runs test files in parallel) wall time grows several times over, CPU time does not.
   */
  cpuMs: number;
  kind: string | null;
  /** The message of anything thrown by the pipeline or an export. */
  threw: string | null;
  /** Why the test's DOM library could not build the page at all (not the pipeline's doing). */
  parserRefused?: string;
  unsafe: string[];
}

export function runFuzzPage(page: MutatedPage): FuzzOutcome {
  const t = performance.now();
  const cpu = mainThreadCpuMs();
  const cpuMs = () => mainThreadCpuMs() - cpu;
  let doc: Document;
  try {
    doc = parseAs(page.parser, page.html);
  } catch (e) {
    // The DOM library of the test refused the page before the pipeline saw it (linkedom's own parser
    // overflows its stack on a class attribute of 100,000 names). The products parse otherwise: the
    // browser's parser in the extension, parse5 with class names capped in the CLI and the bench.
    return { index: page.index, ms: performance.now() - t, cpuMs: cpuMs(), kind: null, threw: null, unsafe: [], parserRefused: (e as Error)?.message ?? String(e) };
  }
  try {
    const result = extractPage(doc, page.fixture.expected.url, {}, { now: Date.parse(page.fixture.expected.now) });
    const ms = performance.now() - t;
    const spent = cpuMs();
    const unsafe = Object.entries(checkOutputs(result, false)).flatMap(([format, findings]) => findings!.map((f) => `${format}: ${f.kind} ${f.where}`));
    return { index: page.index, ms, cpuMs: spent, kind: result.kind, threw: null, unsafe };
  } catch (e) {
    return { index: page.index, ms: performance.now() - t, cpuMs: cpuMs(), kind: null, threw: (e as Error)?.stack ?? String(e), unsafe: [] };
  }
}

/**
 * What a page cost, the lesser of its wall time and its thread's CPU time. Each clock overstates in
 * its own way: wall time counts whatever else a shared machine runs, and CPU time, where only the
 * whole process's can be read, counts V8's garbage collector and compiler threads beside the page's
 * one thread (a page of 4.5 s wall on a quiet machine showed 6.0 s of process CPU). A hang is a page
 * both clocks put over the limit.
 */
export function costMs(o: Pick<FuzzOutcome, 'ms' | 'cpuMs'>): number {
  return Math.min(o.ms, o.cpuMs);
}

/** The median and 99th percentile of `values`. */
export function percentiles(values: number[]): { median: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99) };
}
