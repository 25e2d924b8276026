import { describe, expect, it } from 'vitest';
import { minutesLeft, readingProgress } from '../../utils/reader/reading-progress';

describe('readingProgress', () => {
  const box = { top: 100, bottom: 3100 }; // 3000 px of article, 1000 px viewport: 2000 px of way from 100 to 2100
  it('is 0 before the article has scrolled, 1 when its end is in view, linear between', () => {
    expect(readingProgress(0, 1000, box)).toBe(0);
    expect(readingProgress(100, 1000, box)).toBe(0);
    expect(readingProgress(1100, 1000, box)).toBe(0.5);
    expect(readingProgress(2100, 1000, box)).toBe(1);
    expect(readingProgress(5000, 1000, box)).toBe(1);
  });
  it('counts an article that fits in the viewport as read', () => {
    expect(readingProgress(0, 1000, { top: 100, bottom: 900 })).toBe(1);
  });
});

describe('minutesLeft', () => {
  it('rounds up and never says 0 before the end', () => {
    expect(minutesLeft(10, 0)).toBe(10);
    expect(minutesLeft(10, 0.55)).toBe(5);
    expect(minutesLeft(10, 0.99)).toBe(1);
    expect(minutesLeft(10, 1)).toBe(0);
    expect(minutesLeft(0, 0.2)).toBe(0);
  });
});
