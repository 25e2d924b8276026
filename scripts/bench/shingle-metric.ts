// The article-extraction-benchmark body metric, implemented exactly as ../shared/bench/README.md states,
// so our figures compare with the published ones (Readability.js 0.6.0: F1 0.947 on the full set).

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of 4-token shingles; a text with 1–3 tokens gives one shorter shingle, an empty text none. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    // Tokens never contain a space, so joining on one cannot merge two different shingles.
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** TP, FP, FN divided by their sum (so long pages weigh no more than short ones); all 0 when both texts are empty. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const g = gold.get(key) ?? 0;
    tp += Math.min(p, g);
    fp += Math.max(0, p - g);
  }
  for (const [key, g] of gold) fn += Math.max(0, g - (pred.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/**
 * One page's own F1, only to compare contenders page by page (the dataset F1 is `aggregate`).
 * Both texts empty counts as full agreement.
 */
export function pageF1(s: PageScore): number {
  if (s.tp + s.fp + s.fn === 0) return 1;
  return (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
}

export interface Aggregate {
  precision: number;
  recall: number;
  f1: number;
}

/** Mean P over pages with TP+FP > 0, mean R over pages with TP+FN > 0, F1 of those two means. */
export function aggregate(scores: readonly PageScore[]): Aggregate {
  const ps = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const rs = scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
