import { describe, expect, it } from 'vitest';
import { aggregate, pageF1, scorePage, shingles, tokenize } from '../../scripts/bench/shingle-metric';

const entries = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, drops punctuation', () => {
    expect(tokenize("It's 2020: snake_case, e-mail!")).toEqual(['It', 's', '2020', 'snake_case', 'e', 'mail']);
  });

  it('treats any Unicode letter as a letter', () => {
    expect(tokenize('Zürich straße, café naïve')).toEqual(['Zürich', 'straße', 'café', 'naïve']);
    expect(tokenize('Москва — привет_мир 2020')).toEqual(['Москва', 'привет_мир', '2020']);
    expect(tokenize('日本語のニュース。')).toEqual(['日本語のニュース']);
  });
});

describe('shingles', () => {
  it('makes every run of 4 consecutive tokens', () => {
    expect(entries(shingles('a b c d e f'))).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
      ['c d e f', 1],
    ]);
  });

  it('gives one shorter shingle for fewer than 4 tokens', () => {
    expect(entries(shingles('hello, world'))).toEqual([['hello world', 1]]);
    expect(entries(shingles('one'))).toEqual([['one', 1]]);
  });

  it('gives none for an empty or punctuation-only text', () => {
    expect(shingles('').size).toBe(0);
    expect(shingles(' — !! … ').size).toBe(0);
  });

  it('counts repeated shingles as a multiset', () => {
    expect(entries(shingles('a b c d a b c d'))).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
    ]);
  });
});

describe('scorePage', () => {
  it('scores identical texts as all true positives', () => {
    const s = scorePage('The quick brown fox jumps.', 'The quick brown fox jumps!');
    expect(s).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(pageF1(s)).toBe(1);
  });

  it('scores disjoint texts with no true positives', () => {
    const s = scorePage('a b c d', 'e f g h');
    expect(s).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(pageF1(s)).toBe(0);
  });

  it('is case-sensitive, like the published metric', () => {
    expect(scorePage('The cat sat down', 'the cat sat down')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('compares short texts by their single shorter shingle', () => {
    expect(scorePage('hello world', 'hello world')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage('hello world', 'hello world again')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('handles empty texts', () => {
    expect(scorePage('', 'a b c d e')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scorePage('a b c d e', '')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(scorePage('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(pageF1(scorePage('', 'a b c d e'))).toBe(0);
  });

  it('intersects multiset counts, then normalizes TP, FP, FN to sum to 1', () => {
    // predicted: abcd×2, bcda, cdab, dabc (5); true: abcd×1 → TP 1, FP 4, FN 0.
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.tp).toBeCloseTo(0.2, 12);
    expect(s.fp).toBeCloseTo(0.8, 12);
    expect(s.fn).toBe(0);
    // predicted: abcd, bcde (2); true: abcd×2, bcda, cdab, dabc (5) → TP 1, FP 1, FN 4.
    const t = scorePage('a b c d e', 'a b c d a b c d');
    expect(t.tp).toBeCloseTo(1 / 6, 12);
    expect(t.fp).toBeCloseTo(1 / 6, 12);
    expect(t.fn).toBeCloseTo(4 / 6, 12);
    expect(pageF1(t)).toBeCloseTo(2 / 7, 12);
  });
});

describe('aggregate', () => {
  it('averages P and R over their own eligible pages, then takes F1 of the means', () => {
    const a = aggregate([
      { tp: 1, fp: 0, fn: 0 }, // P 1, R 1
      { tp: 0.5, fp: 0.5, fn: 0 }, // P 0.5, R 1
      { tp: 0, fp: 0, fn: 1 }, // empty prediction: no P, R 0
    ]);
    expect(a.precision).toBeCloseTo(0.75, 12);
    expect(a.recall).toBeCloseTo(2 / 3, 12);
    expect(a.f1).toBeCloseTo(12 / 17, 12);
  });

  it('gives zeros, not NaN, when nothing was predicted', () => {
    expect(aggregate([{ tp: 0, fp: 0, fn: 1 }])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(aggregate([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
