// A person's own phrase patterns ("/…/") run here, not in the platform's backtracking engine.
// A backtracking engine can take exponential time on a pattern like /(a|aa)+$/, and a custom rule
// stays in synced storage, so one such rule would freeze every later popup. Two layers:
// - lintPattern refuses, with a message, what backtracks catastrophically elsewhere (nested or
//   overlapping repeats) and what no linear engine can run (back-references, lookaround);
// - compileSafePattern runs what is accepted as a Thompson NFA: time linear in text × pattern,
//   whatever the pattern, so a risky pattern the linter misses still cannot freeze.
// The catalog's own patterns are reviewed data and keep the native engine (prepared-rules.ts).

/** Longest pattern source a person may write. */
export const MAX_PATTERN_LENGTH = 200;
/** Largest program a pattern may expand to ({m,n} copies its operand): bounds the work per character. */
const MAX_PROGRAM = 2000;

type Node =
  | { t: 'char'; src: string }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'start' | 'end' | 'boundary' | 'nonBoundary' };

class PatternError extends Error {}

/** Parses a source the platform has already accepted with the 'u' flag, so only structure is read here. */
function parse(src: string): Node {
  let i = 0;
  const fail = (why: string): never => {
    throw new PatternError(why);
  };

  const escape = (): Node => {
    const c = src[i + 1];
    if (/[1-9]/.test(c) || c === 'k') fail('back-references (\\1, \\k<name>) are not supported');
    if (c === 'b') return (i += 2), { t: 'boundary' };
    if (c === 'B') return (i += 2), { t: 'nonBoundary' };
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[^])/.exec(src.slice(i))!;
    i += m[0].length;
    return { t: 'char', src: m[0] };
  };

  const charClass = (): Node => {
    const from = i;
    i++;
    if (src[i] === '^') i++;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    i++;
    return { t: 'char', src: src.slice(from, i) };
  };

  const group = (): Node => {
    if (src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
      fail('lookahead and lookbehind ((?=…), (?!…)) are not supported');
    }
    i += src.startsWith('(?:', i) ? 3 : src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 - i : 1;
    const inner = alternation();
    if (src[i] !== ')') fail('unbalanced parenthesis');
    i++;
    return inner;
  };

  const atom = (): Node => {
    const c = String.fromCodePoint(src.codePointAt(i)!);
    if (c === '\\') return escape();
    if (c === '[') return charClass();
    if (c === '(') return group();
    i += c.length;
    if (c === '^') return { t: 'start' };
    if (c === '$') return { t: 'end' };
    return { t: 'char', src: c };
  };

  const quantified = (): Node => {
    const node = atom();
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(i));
    if (!m) return node;
    i += m[0].length;
    if (m[1]) return { t: 'rep', node, min: m[1] === '+' ? 1 : 0, max: m[1] === '?' ? 1 : Infinity };
    const min = Number(m[2]);
    const max = m[3] === undefined ? min : m[4] === '' ? Infinity : Number(m[4]);
    return { t: 'rep', node, min, max };
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(quantified());
    return items.length === 1 ? items[0] : { t: 'seq', items };
  };

  function alternation(): Node {
    const alts = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  const tree = alternation();
  if (i < src.length) fail('unbalanced parenthesis');
  return tree;
}

// ---- lint: what backtracks catastrophically in other engines --------------------------------

const repeats = (n: Node): boolean => n.t === 'rep' && n.max > 1;

function contains(n: Node, test: (x: Node) => boolean): boolean {
  if (test(n)) return true;
  if (n.t === 'seq') return n.items.some((x) => contains(x, test));
  if (n.t === 'alt') return n.alts.some((x) => contains(x, test));
  if (n.t === 'rep') return contains(n.node, test);
  return false;
}

/** The first characters a node can start with, as sources; null when it can match the empty text. */
function firstChars(n: Node): string[] | null {
  if (n.t === 'char') return [n.src];
  if (n.t === 'rep') return n.min === 0 ? null : firstChars(n.node);
  if (n.t === 'alt') {
    const all: string[] = [];
    for (const a of n.alts) {
      const f = firstChars(a);
      if (!f) return null;
      all.push(...f);
    }
    return all;
  }
  if (n.t === 'seq') {
    for (const x of n.items) {
      if (x.t === 'start' || x.t === 'end' || x.t === 'boundary' || x.t === 'nonBoundary') continue;
      return firstChars(x);
    }
    return null;
  }
  return null;
}

/** Could two branches start with the same character? Only two distinct plain letters are known apart. */
function overlap(a: string[] | null, b: string[] | null): boolean {
  if (!a || !b) return true;
  const plain = (s: string) => s.length === 1 && /[\p{L}\p{N} ]/u.test(s);
  return a.some((x) => b.some((y) => !plain(x) || !plain(y) || x.toLowerCase() === y.toLowerCase()));
}

function lintTree(n: Node): string | null {
  if (n.t === 'rep' && n.max > 1) {
    if (contains(n.node, repeats)) return 'a repeat inside a repeat, such as (a+)+, can take forever to test';
    const alts = n.node.t === 'alt' ? n.node.alts.map(firstChars) : [];
    for (let x = 0; x < alts.length; x++) {
      for (let y = x + 1; y < alts.length; y++) {
        if (overlap(alts[x], alts[y])) return 'a repeated choice whose branches can match the same text, such as (a|aa)+, can take forever to test';
      }
    }
  }
  const kids = n.t === 'seq' ? n.items : n.t === 'alt' ? n.alts : n.t === 'rep' ? [n.node] : [];
  for (const k of kids) {
    const why = lintTree(k);
    if (why) return why;
  }
  return null;
}

/** Why a phrase pattern (the text between the slashes) is refused, or null when it is accepted. */
export function lintPattern(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) return `a pattern may be at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'iu');
  } catch (e) {
    return `not a valid pattern (${(e as Error).message})`;
  }
  try {
    const tree = parse(source);
    return lintTree(tree) ?? (programSize(tree) > MAX_PROGRAM ? 'the pattern repeats too much ({m,n} with large numbers)' : null);
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

// ---- the linear engine ------------------------------------------------------------------------

type Op =
  /** `lit`: the lower-cased letter or digit the atom is, compared directly with ASCII characters. */
  | { op: 'char'; re: RegExp; lit: string | null }
  | { op: 'split'; a: number; b: number }
  | { op: 'jmp'; to: number }
  | { op: 'assert'; kind: 'start' | 'end' | 'boundary' | 'nonBoundary' }
  | { op: 'match' };

function programSize(n: Node): number {
  if (n.t === 'seq') return n.items.reduce((s, x) => s + programSize(x), 0);
  if (n.t === 'alt') return n.alts.reduce((s, x) => s + programSize(x) + 2, 0);
  if (n.t === 'rep') return (programSize(n.node) + 2) * Math.max(1, n.min + (n.max === Infinity ? 1 : n.max - n.min));
  return 1;
}

const charTests = new Map<string, RegExp>();
function charTest(src: string): RegExp {
  let re = charTests.get(src);
  if (!re) charTests.set(src, (re = new RegExp(`^(?:${src})$`, 'iu')));
  return re;
}

function emit(n: Node, prog: Op[]): void {
  switch (n.t) {
    case 'char':
      prog.push({ op: 'char', re: charTest(n.src), lit: /^[a-z0-9 ]$/i.test(n.src) ? n.src.toLowerCase() : null });
      return;
    case 'seq':
      for (const x of n.items) emit(x, prog);
      return;
    case 'alt': {
      const jumps: { op: 'jmp'; to: number }[] = [];
      n.alts.forEach((a, k) => {
        if (k === n.alts.length - 1) return emit(a, prog);
        const split: Op = { op: 'split', a: prog.length + 1, b: 0 };
        prog.push(split);
        emit(a, prog);
        const j = { op: 'jmp' as const, to: 0 };
        jumps.push(j);
        prog.push(j);
        split.b = prog.length;
      });
      for (const j of jumps) j.to = prog.length;
      return;
    }
    case 'rep': {
      for (let k = 0; k < n.min; k++) emit(n.node, prog);
      if (n.max === Infinity) {
        const split: Op = { op: 'split', a: prog.length + 1, b: 0 };
        const at = prog.length;
        prog.push(split);
        emit(n.node, prog);
        prog.push({ op: 'jmp', to: at });
        split.b = prog.length;
        return;
      }
      const splits: { op: 'split'; a: number; b: number }[] = [];
      for (let k = n.min; k < n.max; k++) {
        const split = { op: 'split' as const, a: prog.length + 1, b: 0 };
        splits.push(split);
        prog.push(split);
        emit(n.node, prog);
      }
      for (const s of splits) s.b = prog.length;
      return;
    }
    default:
      prog.push({ op: 'assert', kind: n.t });
  }
}

const isWord = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);

/** A pattern that tests texts in linear time; what RegExp.test would answer for the same pattern with 'iu'. */
export interface SafePattern {
  source: string;
  test(text: string): boolean;
}

/** Compiles an accepted pattern (lintPattern gave null); throws on anything else. */
export function compileSafePattern(source: string): SafePattern {
  const why = lintPattern(source);
  if (why) throw new Error(`Pattern /${source}/ refused: ${why}`);
  const prog: Op[] = [];
  const tree = parse(source);
  emit(tree, prog);
  prog.push({ op: 'match' });
  const anchored = startsAnchored(tree);
  return { source, test: (text) => run(prog, Array.from(text), anchored) };
}

/** Can a match only start at the beginning of the text (every way through begins with ^)? */
function startsAnchored(n: Node): boolean {
  if (n.t === 'start') return true;
  if (n.t === 'seq') return n.items.length > 0 && startsAnchored(n.items[0]);
  if (n.t === 'alt') return n.alts.every(startsAnchored);
  return false;
}

/** One atom against one character; ASCII characters against a plain letter or digit need no RegExp. */
function charMatches(op: { re: RegExp; lit: string | null }, ch: string): boolean {
  if (op.lit !== null && ch.charCodeAt(0) < 0x80) return ch.toLowerCase() === op.lit;
  return op.re.test(ch);
}

/** Thompson's simulation: every thread advances one character at a time, at most one thread per instruction. */
function run(prog: readonly Op[], chars: readonly string[], anchored: boolean): boolean {
  const seen = new Int32Array(prog.length).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  let stamp = 0;
  // Adds pc and what it reaches without reading a character; true when that reaches the end of the pattern.
  const add = (list: number[], pc: number, at: number): boolean => {
    const stack = [pc];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen[p] === stamp) continue;
      seen[p] = stamp;
      const op = prog[p];
      if (op.op === 'match') return true;
      if (op.op === 'jmp') stack.push(op.to);
      else if (op.op === 'split') stack.push(op.b, op.a);
      else if (op.op === 'assert') {
        if (holds(op.kind, chars, at)) stack.push(p + 1);
      } else list.push(p);
    }
    return false;
  };
  for (let at = 0; ; at++) {
    // A match may start anywhere: a new thread at every position, as an unanchored search does.
    if ((at === 0 || !anchored) && add(current, 0, at)) return true;
    if (at === chars.length || (anchored && !current.length)) return false;
    stamp++;
    next.length = 0;
    for (const p of current) {
      if (charMatches(prog[p] as { re: RegExp; lit: string | null }, chars[at]) && add(next, p + 1, at + 1)) return true;
    }
    [current, next] = [next, current];
  }
}

function holds(kind: 'start' | 'end' | 'boundary' | 'nonBoundary', chars: readonly string[], at: number): boolean {
  if (kind === 'start') return at === 0;
  if (kind === 'end') return at === chars.length;
  const edge = isWord(chars[at - 1]) !== isWord(chars[at]);
  return kind === 'boundary' ? edge : !edge;
}
