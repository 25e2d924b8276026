import { describe, expect, it } from 'vitest';
import { scoreSegments, sumSegments } from '../../scripts/bench/segment-metric';
import { trafGateFailure, type TrafFigures } from '../../scripts/bench/run-trafilatura';

describe('scoreSegments', () => {
  it('finds whole segments as substrings of the whitespace-normalised text', () => {
    const s = scoreSegments('The  board\nvoted on Monday.\tMenu Home', ['board voted', 'on  Monday.', 'not there'], ['Menu Home', 'Impressum']);
    expect(s).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 1, missed: ['not there'], leaked: ['Menu Home'] });
  });

  it('counts no output as every main segment missed and every boilerplate segment avoided', () => {
    expect(scoreSegments('', ['a'], ['b', ''])).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 2 });
  });
});

describe('sumSegments', () => {
  it('sums over pages before dividing, as the corpus benchmark does', () => {
    const a = sumSegments([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 0, fp: 0, fn: 3, tn: 1 },
    ]);
    expect(a).toMatchObject({ tp: 3, fp: 1, fn: 3, tn: 3, precision: 0.75, recall: 0.5, accuracy: 0.6, f1: 0.6 });
  });
});

describe('trafGateFailure', () => {
  const figures = (oursF1: number, lostPages: number): TrafFigures =>
    ({
      pages: 200,
      ours: { f1: oursF1 },
      readability: { f1: 0.89 },
      lost: Array.from({ length: lostPages }, (_, i) => ({ id: `p${i}`, url: '', segments: ['s'] })),
    }) as unknown as TrafFigures;

  it('passes at an F1 not below Readability and at most 1% of pages losing a segment it keeps', () => {
    expect(trafGateFailure(figures(0.89, 2))).toBeNull();
  });

  it('fails below Readability, or past 1% of pages', () => {
    expect(trafGateFailure(figures(0.889, 0))).toMatch(/F1 ours 0\.8890 < readability 0\.8900/);
    expect(trafGateFailure(figures(0.95, 3))).toMatch(/3 of 200 pages lose a segment/);
  });
});
