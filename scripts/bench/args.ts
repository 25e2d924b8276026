export type Dataset = 'aeb' | 'rp' | 'traf';
const DATASETS: readonly Dataset[] = ['aeb', 'rp', 'traf'];

export interface BenchArgs {
  only: Dataset | null;
  limit: number | undefined;
  json: string | null;
  /** Gate on aeb-dev: our F1 not below plain Readability's. */
  check: boolean;
  /** Gate on trafilatura-dev: F1 not below Readability's, at most 1% of pages losing a segment it keeps. */
  checkTraf: boolean;
  verbose: boolean;
}

export const USAGE = 'usage: npm run bench -- [--only aeb|rp|traf] [--limit N] [--json <file>] [--check] [--check-traf] [--verbose]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: null, limit: undefined, json: null, check: false, checkTraf: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--only': {
        const v = value();
        if (!(DATASETS as readonly string[]).includes(v)) throw new Error(`--only takes ${DATASETS.join(', ')}, not ${v}`);
        args.only = v as Dataset;
        break;
      }
      case '--limit': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1) throw new Error('--limit takes a positive integer');
        args.limit = v;
        break;
      }
      case '--json':
        args.json = value();
        break;
      case '--check':
        args.check = true;
        break;
      case '--check-traf':
        args.checkTraf = true;
        break;
      case '--verbose':
      case '-v':
        args.verbose = true;
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  return args;
}
