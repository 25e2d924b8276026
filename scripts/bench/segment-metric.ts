// The trafilatura evaluation metric, as ../shared/bench/README.md states it, so figures compare with
// the published ones: whole segments found (or not) as substrings of the whitespace-normalised text.

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SegmentPageScore extends SegmentCounts {
  /** `with` segments not found in the text. */
  missed: string[];
  /** `without` segments found in the text. */
  leaked: string[];
}

/** One page: an empty text (no output) finds no segment, so all `with` are FN and all `without` TN. */
export function scoreSegments(text: string, withSegs: readonly string[], withoutSegs: readonly string[]): SegmentPageScore {
  const t = normalizeSpace(text);
  const found = (s: string) => t.length > 0 && t.includes(normalizeSpace(s));
  const missed = withSegs.filter((s) => !found(s));
  const leaked = withoutSegs.filter(found);
  return {
    tp: withSegs.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSegs.length - leaked.length,
    missed,
    leaked,
  };
}

export interface SegmentAggregate extends SegmentCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Counts summed over all pages, then P = TP/(TP+FP), R = TP/(TP+FN), accuracy, F1 = 2TP/(2TP+FP+FN). */
export function sumSegments(scores: readonly SegmentCounts[]): SegmentAggregate {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scores) {
    c.tp += s.tp;
    c.fp += s.fp;
    c.fn += s.fn;
    c.tn += s.tn;
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}
