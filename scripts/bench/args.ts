export type Dataset = 'aeb' | 'rp';

export interface BenchArgs {
  only: Dataset | null;
  limit: number | undefined;
  json: string | null;
  check: boolean;
  verbose: boolean;
}

export const USAGE = 'usage: npm run bench -- [--only aeb|rp] [--limit N] [--json <file>] [--check] [--verbose]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: null, limit: undefined, json: null, check: false, verbose: false };
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
        if (v !== 'aeb' && v !== 'rp') throw new Error(`--only takes aeb or rp, not ${v}`);
        args.only = v;
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
