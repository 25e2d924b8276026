// The long fuzz run: mutated fixture pages (tests/hostile/support/mutate.ts) through the pipeline and
// every export, each page in a child process that is killed when it hangs, so one hang cannot stop the run.
//   npm run fuzz -- [--n 10000] [--seed 13] [--jobs 2] [--hang-ms 5000] [--light] [--only INDEX] [--pages I,J,…] [--out FILE]
// Prints pages, throws, hangs (over --hang-ms of both wall and CPU time, see costMs), unsafe outputs, median and p99 time; exits 1 when any of those three is not 0.
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mutatedPage } from '../tests/hostile/support/mutate';
import { costMs, percentiles, runFuzzPage, type FuzzOutcome } from '../tests/hostile/support/fuzz-page';
import { processCpuMs } from '../tests/hostile/support/cpu-time';

interface Args {
  n: number;
  seed: number;
  jobs: number;
  hangMs: number;
  heavy: boolean;
  only: number | null;
  /** Pages to run again by index, as the report lists them ("hang pages: …"). */
  pages: number[] | null;
  /** The report is also written here: an interrupted long run still leaves it when the terminal or pipe is gone. */
  out: string | null;
}

const USAGE = 'Usage: npm run fuzz -- [--n 10000] [--seed 13] [--jobs 2] [--hang-ms 5000] [--light] [--only INDEX] [--pages I,J,…] [--out FILE]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { n: 10_000, seed: 13, jobs: 2, hangMs: 5_000, heavy: true, only: null, pages: null, out: null };
  const numeric: Record<string, keyof Args> = { '--n': 'n', '--seed': 'seed', '--jobs': 'jobs', '--hang-ms': 'hangMs', '--only': 'only' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--light') args.heavy = false;
    else if (a === '--pages') {
      const list = (argv[++i] ?? '').split(',').map(Number);
      if (!list.length || list.some((v) => !Number.isInteger(v) || v < 0)) return `--pages needs whole numbers separated by commas\n${USAGE}`;
      args.pages = list;
    } else if (a === '--out') {
      const file = argv[++i];
      if (!file) return `--out needs a file name\n${USAGE}`;
      args.out = file;
    }
    else if (a === '--help' || a === '-h') return USAGE;
    else if (numeric[a]) {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) return `${a} needs a whole number\n${USAGE}`;
      (args as unknown as Record<string, number>)[numeric[a]] = v;
    } else return `Unknown option ${a}\n${USAGE}`;
  }
  return args;
}

/** A child: reads page numbers, answers with outcomes. */
function serveChild(): void {
  // Ctrl-C reaches the whole process group: the parent reports and ends the run; a child ends when its channel closes.
  process.on('SIGINT', () => {});
  process.on('disconnect', () => process.exit(0));
  process.on('message', (msg: { seed: number; index: number; heavy: boolean }) => {
    const page = mutatedPage(msg.seed, msg.index, msg.heavy);
    // The pages before this one leave their DOMs behind as garbage (a 100,000-element page is
    // hundreds of MB); collected here, they are not charged to this page, which a reader would
    // read in a fresh page of its own. Measured: one page took 2.0 s alone, 4.7 s after others.
    (globalThis as { gc?: () => void }).gc?.();
    const outcome = runFuzzPage(page);
    // The parent may be gone (interrupted): with a callback a failed send is not a crash.
    if (process.connected) process.send!(outcome, undefined, {}, () => {});
  });
  // Loading the modules and the fixture pages takes seconds on a busy machine: the parent's clock starts after.
  mutatedPage(0, 0);
  process.send!('ready');
}

/** A page with no answer after this many times the limit, of CPU time, is stopped and counted a hang. */
const NO_ANSWER_FACTOR = 12;
/** How often a running page's CPU time is read. */
const CHECK_EVERY_MS = 2_000;
/** A page with no answer after this much wall time is stopped whatever its CPU time (a child that waits forever). */
const LAST_RESORT_MS = 15 * 60_000;

/** The CPU time (ms) child `pid` has used so far, from /proc; null where that cannot be read. */
const childCpuMs = (pid: number | undefined): number | null => (pid === undefined ? null : processCpuMs(pid));

interface Hang {
  index: number;
}

/** Runs pages `indices` on `jobs` children; a page still running after hangMs is a hang and its child is replaced. */
function runAll(indices: number[], args: Args, onDone: (o: FuzzOutcome | Hang) => void): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const start = () => {
      const child: ChildProcess = fork(self, ['--child'], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      running++;
      let timer: NodeJS.Timeout | null = null;
      let current = -1;
      const feed = () => {
        if (next >= indices.length) {
          child.kill();
          return;
        }
        current = indices[next++]!;
        // A page that never answers is stopped by the CPU it burns, read from the child's own clock
        // as the machine reports it: on a busy machine a page may get a small share of a core, and
        // a wall clock would stop pages that are only waiting their turn. Past NO_ANSWER_FACTOR
        // times the limit of CPU (or of wall time, where the CPU cannot be read), it is a hang.
        const page = current;
        const cpuAtStart = childCpuMs(child.pid);
        const wallAtStart = Date.now();
        const check = () => {
          if (current !== page) return;
          const cpu = childCpuMs(child.pid);
          const spent = cpu !== null && cpuAtStart !== null ? cpu - cpuAtStart : Date.now() - wallAtStart;
          if (spent <= args.hangMs * NO_ANSWER_FACTOR && Date.now() - wallAtStart <= LAST_RESORT_MS) {
            timer = setTimeout(check, CHECK_EVERY_MS);
            return;
          }
          onDone({ index: current });
          current = -1;
          child.kill('SIGKILL');
        };
        timer = setTimeout(check, CHECK_EVERY_MS);
        child.send({ seed: args.seed, index: current, heavy: args.heavy });
      };
      child.on('message', (o: FuzzOutcome | 'ready') => {
        if (o === 'ready') return feed();
        if (timer) clearTimeout(timer);
        current = -1;
        onDone(o);
        feed();
      });
      child.on('exit', () => {
        if (timer) clearTimeout(timer);
        if (current >= 0) onDone({ index: current, ms: NaN, kind: null, threw: 'the child process died', unsafe: [] });
        running--;
        if (next < indices.length) start();
        else if (running === 0) resolve();
      });
    };
    for (let j = 0; j < Math.min(args.jobs, indices.length); j++) start();
  });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  const indices = args.only !== null ? [args.only] : args.pages ?? Array.from({ length: args.n }, (_, i) => i);
  const outcomes: FuzzOutcome[] = [];
  const hangs: number[] = [];
  const t0 = Date.now();
  // Interrupted, the run still reports the pages it finished.
  // Ctrl-C also ends `npm` and `tsx` around this process, which closes the pipe it prints to: a write
  // to it fails with EPIPE, which must not cost the report (it also goes to --out).
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  let stopped = false;
  const stop = new Promise<void>((resolve) =>
    process.once('SIGINT', () => {
      stopped = true;
      resolve();
    }),
  );
  const all = runAll(indices, args, (o) => {
    // Children cut off by the interrupt are not outcomes of their pages.
    if (stopped) return;
    if ('ms' in o) {
      // Both clocks must agree (costMs): wall time also counts whatever else the machine runs (a
      // shared CI box or a busy laptop stretches it several times over); CPU time is the page's own
      // thread's. A page that never answers is still caught by the CPU watch above.
      if (costMs(o) > args.hangMs) hangs.push(o.index);
      else outcomes.push(o);
    } else hangs.push(o.index);
    const done = outcomes.length + hangs.length;
    if (done % 500 === 0) process.stderr.write(`fuzz: ${done}/${indices.length} pages, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  });
  await Promise.race([all, stop]);
  const finished = outcomes.length + hangs.length;
  const throws = outcomes.filter((o) => o.threw);
  const unsafe = outcomes.filter((o) => o.unsafe.length);
  const refused = outcomes.filter((o) => o.parserRefused);
  const answered = outcomes.filter((o) => !o.threw && !o.parserRefused);
  const { median, p99 } = percentiles(answered.map((o) => o.ms));
  const cpu = percentiles(answered.map((o) => o.cpuMs));
  const cost = percentiles(answered.map(costMs));
  const slowest = [...outcomes].sort((a, b) => costMs(b) - costMs(a)).slice(0, 5);
  const describe = (i: number) => `${i} (${mutatedPage(args.seed, i, args.heavy).mutations.join(', ')})`;
  const lines = [
    `Fuzz (seed ${args.seed}, ${args.heavy ? 'heavy' : 'light'} mutations): ${finished} pages${finished < indices.length ? ` of ${indices.length} (interrupted)` : ''} in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    `  throws ${throws.length}, hangs over ${args.hangMs / 1000} s of both wall and CPU time (or no answer after ${(args.hangMs * NO_ANSWER_FACTOR) / 1000} s of CPU) ${hangs.length}, unsafe outputs ${unsafe.length}`,
    `  time per page (parse + extract), the lesser of wall and thread CPU: median ${cost.median.toFixed(0)} ms, p99 ${cost.p99.toFixed(0)} ms; ` +
      `wall: median ${median.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms; CPU: median ${cpu.median.toFixed(0)} ms, p99 ${cpu.p99.toFixed(0)} ms`,
    refused.length
      ? `  the test's DOM library refused ${refused.length} page(s) before the pipeline (not a pipeline throw): ` +
        refused.slice(0, 5).map((o) => `${o.index} (${o.parserRefused!.slice(0, 60)})`).join(', ')
      : '',
    `  slowest: ${slowest.map((o) => `${o.index} ${o.ms.toFixed(0)} ms wall, ${o.cpuMs.toFixed(0)} ms CPU`).join('; ')}`,
    ...hangs.slice(0, 10).map((i) => `  hang: page ${describe(i)}`),
    ...throws.slice(0, 10).map((o) => `  throw: page ${describe(o.index)}: ${o.threw!.split('\n').slice(0, 3).join(' | ')}`),
    ...unsafe.slice(0, 10).map((o) => `  unsafe: page ${describe(o.index)}: ${o.unsafe.slice(0, 3).join(' | ')}`),
    // Every page over the limit, to run again on a quieter machine with --pages.
    hangs.length ? `  hang pages: ${[...hangs].sort((a, b) => a - b).join(',')}` : '',
    throws.length + hangs.length + unsafe.length ? `  reproduce one with: npm run fuzz -- --seed ${args.seed} --only INDEX${args.heavy ? '' : ' --light'}` : '',
  ];
  const report = lines.filter(Boolean).join('\n') + '\n';
  if (args.out) writeFileSync(args.out, report);
  process.stdout.write(report);
  return throws.length + hangs.length + unsafe.length || finished < indices.length ? 1 : 0;
}

if (process.argv.includes('--child')) serveChild();
else main(process.argv.slice(2)).then((code) => process.exit(code));
