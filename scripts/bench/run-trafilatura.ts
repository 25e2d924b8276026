import type { Settings } from '../../utils/types';
import { fasterOfTwo, interleavedPass, readOrEmpty, type ContenderName } from './contenders';
import type { TrafPage } from './load-trafilatura';
import { table, wrapList, type Row, rowMaker } from './report';
import { scoreSegments, sumSegments, type SegmentAggregate, type SegmentPageScore } from './segment-metric';
import { mean, percentile } from './stats';

/** The gate allows at most this share of pages to lose a segment that plain Readability keeps. */
export const MAX_LOSING_SHARE = 0.01;

export interface TrafContenderFigures extends SegmentAggregate {
  /** Mean ms per page on the first pass, while the JIT is still compiling the contender. */
  msMeanFirst: number;
  /** Mean ms per page in a warm pass, the contenders alternating page by page. */
  msMean: number;
  msP95: number;
  /** Pages with no output at all, and why. */
  noOutput: { id: string; reason: string }[];
}

export interface LostSegments {
  id: string;
  url: string;
  /** `with` segments plain Readability keeps and ours does not. */
  segments: string[];
}

export interface NoArticle {
  id: string;
  url: string;
  reason: string;
  /** Plain Readability found text on the same page. */
  readabilityHasText: boolean;
}

export interface TrafFigures {
  pages: number;
  ours: TrafContenderFigures;
  readability: TrafContenderFigures;
  /** Pages where ours loses `with` segments that plain Readability keeps: the list that matters most. */
  lost: LostSegments[];
  /** Segments plain Readability loses and ours keeps, for balance. */
  gainedSegments: number;
  /** Pages where ours gives no article (kind "none" or a listing). */
  noArticle: NoArticle[];
}

export function runTrafilatura(pages: readonly TrafPage[], settings: Partial<Settings>): TrafFigures {
  const html = new Map(pages.map((p) => [p.id, readOrEmpty(p.id, p.html)]));
  const interleaved = () => interleavedPass(pages, html, settings);
  // Quality from the first pass (every pass gives the same output); speed from two warm ones, each
  // page's faster run.
  const first = interleaved();
  const warm = fasterOfTwo(interleaved(), interleaved());
  const scores: Record<ContenderName, SegmentPageScore[]> = {
    ours: pages.map((p, i) => scoreSegments(first.ours[i]!.text, p.with, p.without)),
    readability: pages.map((p, i) => scoreSegments(first.readability[i]!.text, p.with, p.without)),
  };

  const lost: LostSegments[] = [];
  let gainedSegments = 0;
  pages.forEach((p, i) => {
    const oursMissed = new Set(scores.ours[i]!.missed);
    const theirsMissed = new Set(scores.readability[i]!.missed);
    const segments = [...oursMissed].filter((s) => !theirsMissed.has(s));
    gainedSegments += [...theirsMissed].filter((s) => !oursMissed.has(s)).length;
    if (segments.length) lost.push({ id: p.id, url: p.url, segments });
  });

  const noArticle: NoArticle[] = pages.flatMap((p, i) => {
    const r = first.ours[i]!;
    if (r.text.trim()) return [];
    return [{ id: p.id, url: p.url, reason: r.failure ?? 'empty text', readabilityHasText: first.readability[i]!.text.trim().length > 0 }];
  });

  const figures = (c: ContenderName): TrafContenderFigures => ({
    ...sumSegments(scores[c]),
    msMeanFirst: mean(first[c].map((r) => r.ms)),
    msMean: mean(warm[c].map((r) => r.ms)),
    msP95: percentile(warm[c].map((r) => r.ms), 95),
    noOutput: first[c].flatMap((r, i) => (r.text.trim() ? [] : [{ id: pages[i]!.id, reason: r.failure ?? 'empty text' }])),
  });

  return { pages: pages.length, ours: figures('ours'), readability: figures('readability'), lost, gainedSegments, noArticle };
}

/** What the --check-traf gate holds to, in words; null when it passes. */
export function trafGateFailure(f: TrafFigures): string | null {
  const problems: string[] = [];
  if (f.ours.f1 < f.readability.f1) problems.push(`F1 ours ${f.ours.f1.toFixed(4)} < readability ${f.readability.f1.toFixed(4)}`);
  const allowed = Math.floor(f.pages * MAX_LOSING_SHARE);
  if (f.lost.length > allowed)
    problems.push(`${f.lost.length} of ${f.pages} pages lose a segment readability keeps (at most ${allowed}, ${MAX_LOSING_SHARE * 100}%)`);
  return problems.length ? problems.join('; ') : null;
}

export function formatTrafilatura(f: TrafFigures, verbose: boolean): string {
  const row = rowMaker(f);
  const rows: Row[] = [
    row('F1', (x) => x.f1, 'ratio'),
    row('precision', (x) => x.precision, 'ratio'),
    row('recall', (x) => x.recall, 'ratio'),
    row('accuracy', (x) => x.accuracy, 'ratio'),
    row('segments kept (TP)', (x) => x.tp, 'count'),
    row('boilerplate kept (FP)', (x) => x.fp, 'count'),
    row('ms/page mean, first pass', (x) => x.msMeanFirst, 'ms'),
    row('ms/page mean, interleaved', (x) => x.msMean, 'ms'),
    row('ms/page p95, interleaved', (x) => x.msP95, 'ms'),
    row('pages with no output', (x) => x.noOutput.length, 'count'),
  ];
  const out = [table(`trafilatura-dev (${f.pages} pages; human-chosen main-text and boilerplate segments)`, rows)];
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  out.push(
    `time ours / readability: ${ratio(f.ours.msMean, f.readability.msMean)}x interleaved page by page (warm, faster of 2 passes), ` +
      `${ratio(f.ours.msMeanFirst, f.readability.msMeanFirst)}x on the first pass`,
  );
  const lostCount = f.lost.reduce((n, l) => n + l.segments.length, 0);
  out.push(
    `ours loses ${lostCount} segment(s) that readability keeps, on ${f.lost.length} page(s) ` +
      `(${((100 * f.lost.length) / Math.max(1, f.pages)).toFixed(1)}%; readability loses ${f.gainedSegments} that ours keeps)${f.lost.length ? ':' : ''}`,
  );
  for (const l of f.lost) for (const s of l.segments) out.push(`  ${l.id}  ${JSON.stringify(clip(s))}`);
  const found = f.noArticle.filter((n) => n.readabilityHasText).length;
  out.push(`ours gives no article on ${f.noArticle.length} page(s), ${found} of them where readability finds text${f.noArticle.length ? ':' : ''}`);
  for (const n of f.noArticle) out.push(`  ${n.id}  ${n.readabilityHasText ? 'readability has text' : 'readability empty too'}; ${n.reason}`);
  const theirs = f.readability.noOutput;
  if (theirs.length) out.push(`readability gives no output on ${theirs.length} page(s):\n${wrapList(theirs.map((n) => n.id))}`);
  if (verbose) for (const l of f.lost) out.push(`  ${l.id} = ${l.url}`);
  return out.join('\n');
}

function clip(s: string, max = 90): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
