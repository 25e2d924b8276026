// Deterministic mutated pages for the fuzz test and `npm run fuzz`: fixture pages cut, duplicated,
// swapped, nested deep, given huge attributes and laced with XSS vectors. Page i of seed s is the
// same on every machine, so a failure is reproduced by its number alone.
import { fixtureSlugs, loadFixture, type FixturePage } from '../../support/fixture-pages';
import { VECTORS } from './vectors';

/** mulberry32: small, fast, and good enough to pick mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, list: readonly T[]): T => list[int(rand, list.length)]!;

/** Offsets of every "<" in `html`: mutations cut and insert at tag boundaries, as broken pages do. */
function tagStarts(html: string): number[] {
  const at: number[] = [];
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) at.push(i);
  return at.length ? at : [0];
}

function slice(rand: Rand, html: string): [number, number] {
  const starts = tagStarts(html);
  const a = pick(rand, starts);
  const b = Math.min(html.length, a + 1 + int(rand, 4000));
  return [a, b];
}

const GARBAGE = ['<', '</', '<!--', '-->', '<![CDATA[', ']]>', '&#', '&#x', '"', "'", '<p', '</div>', '<table>', '<svg>', '<math>', '<select>', '<template>', '\u0000', '\ufffd', '<plaintext>', '<noscript>', '</body>', '</html>', '<body>', '<frameset>'];
const BIG_FILL = [' ', '\t\n', 'a', '&amp;', '\u00a0', '; ', 'x:y;', '<'];

export type Mutation = 'cut' | 'duplicate' | 'swap' | 'vector' | 'nest' | 'huge-attribute' | 'garbage' | 'truncate' | 'case' | 'many-elements';

const MUTATIONS: Record<Mutation, (rand: Rand, html: string, heavy: boolean) => string> = {
  cut: (rand, html) => {
    const [a, b] = slice(rand, html);
    return html.slice(0, a) + html.slice(b);
  },
  duplicate: (rand, html) => {
    const [a, b] = slice(rand, html);
    const piece = html.slice(a, b);
    return html.slice(0, b) + piece.repeat(1 + int(rand, 3)) + html.slice(b);
  },
  swap: (rand, html) => {
    const [a, b] = slice(rand, html);
    const [c, d] = slice(rand, html);
    if (b > c && d > a) return html;
    const [x, y] = a < c ? [[a, b], [c, d]] : [[c, d], [a, b]];
    return html.slice(0, x[0]) + html.slice(y[0], y[1]) + html.slice(x[1], y[0]) + html.slice(x[0], x[1]) + html.slice(y[1]);
  },
  vector: (rand, html) => {
    const at = pick(rand, tagStarts(html));
    return html.slice(0, at) + pick(rand, VECTORS).html + html.slice(at);
  },
  nest: (rand, html, heavy) => {
    const at = pick(rand, tagStarts(html));
    const depth = 50 + int(rand, heavy ? 3000 : 600);
    const tag = pick(rand, ['div', 'span', 'b', 'blockquote', 'li', 'table', 'a', 'p', 'font']);
    const close = rand() < 0.5 ? `</${tag}>`.repeat(depth) : '';
    return `${html.slice(0, at)}${`<${tag}>`.repeat(depth)}deep${close}${html.slice(at)}`;
  },
  'huge-attribute': (rand, html, heavy) => {
    const starts = tagStarts(html).filter((i) => /[a-z]/i.test(html[i + 1] ?? ''));
    const at = pick(rand, starts.length ? starts : [0]);
    const end = html.indexOf('>', at);
    if (end < 0) return html;
    const size = 1_000 + int(rand, heavy ? 300_000 : 60_000);
    const fill = pick(rand, BIG_FILL);
    const name = pick(rand, ['style', 'class', 'title', 'href', 'src', 'srcset', 'data-src', 'id', 'alt']);
    return `${html.slice(0, end)} ${name}="${fill.repeat(Math.ceil(size / fill.length))}"${html.slice(end)}`;
  },
  garbage: (rand, html) => {
    let out = html;
    for (let k = 1 + int(rand, 8); k > 0; k--) {
      const at = int(rand, out.length + 1);
      out = out.slice(0, at) + pick(rand, GARBAGE) + out.slice(at);
    }
    return out;
  },
  truncate: (rand, html) => html.slice(0, int(rand, html.length)),
  case: (_rand, html) => html.replace(/<(\/?)([a-z][a-z0-9]*)/g, (_m, s: string, t: string) => `<${s}${t.toUpperCase()}`),
  'many-elements': (rand, html, heavy) => {
    const at = pick(rand, tagStarts(html));
    const n = 500 + int(rand, heavy ? 40_000 : 5_000);
    const unit = pick(rand, ['<span>x</span>', '<p>word </p>', '<li><a href="/s">Story</a></li>', '<img src="/a.jpg">', '<br>']);
    return html.slice(0, at) + unit.repeat(n) + html.slice(at);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS) as Mutation[];

export interface MutatedPage {
  index: number;
  fixture: FixturePage;
  mutations: Mutation[];
  html: string;
  parser: 'linkedom' | 'parse5';
}

let fixtures: FixturePage[] | null = null;

/**
 * Page `index` of the run seeded `seed`: a fixture page with one to four mutations. `heavy` allows
 * the sizes of the long run (deeper nesting, larger attributes, more elements).
 */
export function mutatedPage(seed: number, index: number, heavy = false): MutatedPage {
  fixtures ??= fixtureSlugs().map(loadFixture);
  const rand = prng((seed * 1_000_003) ^ index);
  const fixture = fixtures[index % fixtures.length]!;
  const mutations: Mutation[] = [];
  let html = fixture.html;
  for (let k = 1 + int(rand, 4); k > 0; k--) {
    const m = pick(rand, MUTATION_NAMES);
    mutations.push(m);
    html = MUTATIONS[m](rand, html, heavy);
  }
  return { index, fixture, mutations, html, parser: rand() < 0.5 ? 'linkedom' : 'parse5' };
}
