import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../utils/text-stats';

describe('word counts and reading time', () => {
  it.each([
    ['', 0],
    ["Don't stop — the well-known state-run app", 6],
    ['Café crème, 12 € à 8h30', 5],
    ['欲張りなイヌ', 6],
    ['Tokyo 東京 2025', 4],
  ])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));

  it('reads 230 words or 500 CJK characters a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(690))).toBe(3);
    expect(readingMinutes('字'.repeat(1500))).toBe(3);
  });
});
