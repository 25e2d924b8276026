import { describe, expect, it } from 'vitest';
import { textStats } from '../../utils/text-stats';

describe('word counts and reading time', () => {
  it.each([
    ['', 0],
    ["Don't stop — the well-known state-run app", 6],
    ['Café crème, 12 € à 8h30', 5],
    ['欲張りなイヌ', 6],
    ['Tokyo 東京 2025', 4],
  ])('%j has %i words', (text, n) => expect(textStats(text).words).toBe(n));

  it('reads 230 words or 500 CJK characters a minute, at least one minute', () => {
    expect(textStats('word '.repeat(10)).minutes).toBe(1);
    expect(textStats('word '.repeat(690)).minutes).toBe(3);
    expect(textStats('字'.repeat(1500)).minutes).toBe(3);
  });
});
