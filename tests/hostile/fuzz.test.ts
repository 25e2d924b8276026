// A few hundred deterministic mutated pages (tests/hostile/support/mutate.ts): nothing throws, no
// page takes over 5 s, no output holds anything executable. `npm run fuzz -- --n 10000` runs the
// long one, each page in a child process that is stopped when it hangs.
import { describe, expect, it } from 'vitest';
import { mutatedPage } from './support/mutate';
import { costMs, percentiles, runFuzzPage } from './support/fuzz-page';

const PAGES = 300;
const SEED = 13;
/** A page costing more than this (see costMs) counts as a hang. */
const HANG_MS = 5_000;

describe('fuzz: mutated pages', () => {
  it(`reads ${PAGES} mutated pages without a throw, a hang or an unsafe output`, { timeout: 900_000 }, () => {
    const outcomes = Array.from({ length: PAGES }, (_, i) => runFuzzPage(mutatedPage(SEED, i)));
    const throws = outcomes.filter((o) => o.threw);
    // A page the test's own DOM library cannot build never reaches the pipeline (fuzz-page.ts).
    const refused = outcomes.filter((o) => o.parserRefused);
    // Not wall time alone: this file shares the machine with the rest of the suite (see costMs).
    const hangs = outcomes.filter((o) => costMs(o) > HANG_MS);
    const unsafe = outcomes.flatMap((o) => o.unsafe.map((u) => `page ${o.index}: ${u}`));
    const { median, p99 } = percentiles(outcomes.map((o) => o.ms));
    console.log(
      `Fuzz (seed ${SEED}): ${PAGES} pages, throws ${throws.length}, refused by the DOM library ${refused.length}, over ${HANG_MS / 1000} s ${hangs.length}, unsafe outputs ${unsafe.length}; ` +
        `median ${median.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, slowest ${Math.max(...outcomes.map((o) => o.ms)).toFixed(0)} ms ` +
        `(CPU: slowest ${Math.max(...outcomes.map((o) => o.cpuMs)).toFixed(0)} ms)`,
    );
    expect(throws.map((o) => `page ${o.index}: ${o.threw}`)).toEqual([]);
    expect(hangs.map((o) => `page ${o.index}: ${o.ms.toFixed(0)} ms, ${o.cpuMs.toFixed(0)} ms of CPU`)).toEqual([]);
    expect(unsafe).toEqual([]);
  });
});
