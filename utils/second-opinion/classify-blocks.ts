// jusText's classification of paragraph blocks: first each block alone (length, link density,
// stop-word density), then short and near-good blocks by their neighbours, then headings by the
// good text that follows them.
import type { Block } from './segment-blocks';
import { LEXICONS } from '../lexicon';
import { CJK_FUNCTION_CHARS } from './cjk-function-chars';

export type BlockClass = 'bad' | 'short' | 'neargood' | 'good';

/** jusText's defaults, which its authors tuned on a multilingual web corpus (not on ours). */
export const THRESHOLDS = {
  /** Shorter than this, a block says too little to judge alone. */
  lengthLow: 70,
  /** Longer than this with enough stop words, a block is prose on its own. */
  lengthHigh: 200,
  /** Below this share of stop words a block is not running prose. */
  stopwordsLow: 0.3,
  /** At or above this share a block reads like prose. */
  stopwordsHigh: 0.32,
  /** More linked text than this and a block is navigation. */
  maxLinkDensity: 0.2,
  /** A heading counts as content when good text starts within this many characters after it. */
  maxHeadingDistance: 200,
} as const;

/**
 * Our lists hold each language's commonest words only (jusText's hold hundreds), so prose scores
 * a little lower against them: the stop-word thresholds are scaled by this.
 */
const SHORT_LIST_SCALE = 0.85;
/** A CJK character carries about as much as three letters of a European word. */
const CJK_CHAR_WEIGHT = 3;
/** The share of a page's words a stop list must cover for the page to be in that language. */
const MIN_LANGUAGE_SHARE = 0.1;

const LANGS = Object.keys(LEXICONS).filter((lang) => LEXICONS[lang]!.proseWords.length > 0);
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of LEXICONS[lang]!.proseWords) {
    const list = WORD_LANGS.get(w);
    if (list) list.push(i);
    else WORD_LANGS.set(w, [i]);
  }
});
const CJK_FUNCTION = new Set(CJK_FUNCTION_CHARS);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const WORD = /[\p{L}\p{N}]+/gu;

export interface BlockFeatures {
  /** Length in characters, CJK characters weighted as whole words. */
  length: number;
  linkDensity: number;
  stopDensity: number;
}

/** Stop-word counts of one block for every language, and its word count. */
interface Counts {
  words: number;
  perLang: number[];
  cjk: number;
  cjkFunction: number;
}

function countWords(text: string): Counts {
  const perLang = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    words++;
    const langs = WORD_LANGS.get(m[0]);
    if (langs) for (const i of langs) perLang[i]!++;
  }
  let cjk = 0;
  let cjkFunction = 0;
  const han = text.match(CJK);
  if (han) {
    cjk = han.length;
    for (const c of han) if (CJK_FUNCTION.has(c)) cjkFunction++;
  }
  return { words, perLang, cjk, cjkFunction };
}

/**
 * The page's language as its stop words show it: the list that covers most of its words, 'cjk'
 * when most of its text is CJK characters, or null when no list fits (then stop words are not used).
 */
function pageLanguage(counts: readonly Counts[]): number | 'cjk' | null {
  let words = 0;
  let cjk = 0;
  const totals = new Array<number>(LANGS.length).fill(0);
  for (const c of counts) {
    words += c.words;
    cjk += c.cjk;
    c.perLang.forEach((n, i) => (totals[i]! += n));
  }
  if (cjk > words) return 'cjk';
  let best = 0;
  for (let i = 1; i < totals.length; i++) if (totals[i]! > totals[best]!) best = i;
  return words > 0 && totals[best]! / words >= MIN_LANGUAGE_SHARE ? best : null;
}

export function featuresOf(blocks: readonly Block[]): { features: BlockFeatures[]; lang: string | null } {
  const counts = blocks.map((b) => countWords(b.text));
  const lang = pageLanguage(counts);
  const features = blocks.map((b, i) => {
    const c = counts[i]!;
    const length = b.text.length + c.cjk * (CJK_CHAR_WEIGHT - 1);
    let stopDensity = 0;
    if (lang === 'cjk') {
      // Each CJK character is a token; the other words (numbers, Latin names) count one each.
      const tokens = c.cjk + Math.max(0, c.words - c.cjk);
      stopDensity = tokens ? c.cjkFunction / tokens : 0;
    } else if (lang !== null) {
      stopDensity = c.words ? c.perLang[lang]! / c.words : 0;
    }
    return { length, linkDensity: b.text.length ? b.linkChars / b.text.length : 0, stopDensity };
  });
  return { features, lang: lang === 'cjk' ? 'cjk' : lang === null ? null : LANGS[lang]! };
}

/** Stop-word thresholds for a page language; without a list, only length and links decide. */
function stopThresholds(lang: string | null): { low: number; high: number } {
  if (lang === null) return { low: 0, high: 0 };
  // The function characters are fewer than a word list and each is one token among many.
  if (lang === 'cjk') return { low: 0.12, high: 0.14 };
  return { low: THRESHOLDS.stopwordsLow * SHORT_LIST_SCALE, high: THRESHOLDS.stopwordsHigh * SHORT_LIST_SCALE };
}

/** Each block judged alone. */
export function contextFreeClass(block: Block, f: BlockFeatures, stop: { low: number; high: number }): BlockClass {
  if (f.linkDensity > THRESHOLDS.maxLinkDensity) return 'bad';
  if (block.text.includes('©')) return 'bad';
  if (f.length < THRESHOLDS.lengthLow) return block.linkChars > 0 ? 'bad' : 'short';
  if (f.stopDensity >= stop.high) return f.length > THRESHOLDS.lengthHigh ? 'good' : 'neargood';
  if (f.stopDensity >= stop.low) return 'neargood';
  return 'bad';
}

const FIRM: ReadonlySet<BlockClass> = new Set(['good', 'bad']);
const FIRM_OR_NEARGOOD: ReadonlySet<BlockClass> = new Set(['good', 'bad', 'neargood']);

/**
 * For every block, the class of the nearest block before it and after it whose class is in
 * `accept`; the page's edge counts as bad. Two linear passes.
 */
function nearestEachSide(classes: readonly BlockClass[], accept: ReadonlySet<BlockClass>): { before: BlockClass[]; after: BlockClass[] } {
  const before: BlockClass[] = new Array(classes.length);
  const after: BlockClass[] = new Array(classes.length);
  let seen: BlockClass = 'bad';
  for (let i = 0; i < classes.length; i++) {
    before[i] = seen;
    if (accept.has(classes[i]!)) seen = classes[i]!;
  }
  seen = 'bad';
  for (let i = classes.length - 1; i >= 0; i--) {
    after[i] = seen;
    if (accept.has(classes[i]!)) seen = classes[i]!;
  }
  return { before, after };
}

function goodFollows(blocks: readonly Block[], classes: readonly BlockClass[], i: number): boolean {
  let distance = 0;
  for (let j = i + 1; j < blocks.length && distance <= THRESHOLDS.maxHeadingDistance; j++) {
    if (classes[j] === 'good') return true;
    distance += blocks[j]!.text.length;
  }
  return false;
}

/** jusText's classification, context included. */
export function classifyBlocks(blocks: readonly Block[], features: readonly BlockFeatures[], lang: string | null): BlockClass[] {
  const stop = stopThresholds(lang);
  const free = blocks.map((b, i) => contextFreeClass(b, features[i]!, stop));
  const classes = [...free];
  // A short heading just before good text introduces it.
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && classes[i] === 'short' && goodFollows(blocks, classes, i)) classes[i] = 'neargood';
  });
  // Short blocks take their neighbours' side; between good and bad, a near-good next to it tips it.
  // Each side's nearest judged block is found once for all blocks (a scan per block is quadratic on
  // a page of thousands of short blocks).
  const firm = nearestEachSide(classes, FIRM);
  const any = nearestEachSide(classes, FIRM_OR_NEARGOOD);
  const revised = new Map<number, BlockClass>();
  classes.forEach((c, i) => {
    if (c !== 'short') return;
    const prev = firm.before[i]!;
    const next = firm.after[i]!;
    if (prev === 'good' && next === 'good') revised.set(i, 'good');
    else if (prev === 'bad' && next === 'bad') revised.set(i, 'bad');
    else if ((prev === 'bad' && any.before[i] === 'neargood') || (next === 'bad' && any.after[i] === 'neargood')) revised.set(i, 'good');
    else revised.set(i, 'bad');
  });
  for (const [i, c] of revised) classes[i] = c;
  // Near-good blocks are content unless bad blocks surround them. Judged in order, so the block
  // before is already good or bad (no short blocks are left); the one after is looked up once.
  const after = nearestEachSide(classes, FIRM).after;
  classes.forEach((c, i) => {
    if (c !== 'neargood') return;
    const prev = i > 0 ? classes[i - 1]! : 'bad';
    classes[i] = prev === 'bad' && after[i] === 'bad' ? 'bad' : 'good';
  });
  // A heading not judged bad alone, with good text right after it, is that text's heading.
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && classes[i] === 'bad' && free[i] !== 'bad' && goodFollows(blocks, classes, i)) classes[i] = 'good';
  });
  return classes;
}
