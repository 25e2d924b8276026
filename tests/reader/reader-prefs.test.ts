import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_PREFS, LINE_HEIGHTS, normalizeReaderPrefs } from '../../utils/reader-prefs';

describe('normalizeReaderPrefs', () => {
  it('keeps every valid line height and repairs anything else to the default', () => {
    for (const lineHeight of Object.keys(LINE_HEIGHTS)) {
      expect(normalizeReaderPrefs({ lineHeight }).lineHeight).toBe(lineHeight);
    }
    for (const lineHeight of [1.6, 'huge', null, { a: 1 }]) {
      expect(normalizeReaderPrefs({ lineHeight }).lineHeight).toBe(DEFAULT_READER_PREFS.lineHeight);
    }
  });
  it('reads prefs saved before line height existed as the defaults plus what they held', () => {
    expect(normalizeReaderPrefs({ theme: 'dark', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide' })).toEqual({
      theme: 'dark', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 'normal',
    });
  });
  it('orders the line heights from tight to loose', () => {
    expect(LINE_HEIGHTS.compact).toBeLessThan(LINE_HEIGHTS.normal);
    expect(LINE_HEIGHTS.normal).toBeLessThan(LINE_HEIGHTS.loose);
  });
  it('repairs anything that is not an object', () => {
    for (const raw of [null, undefined, 'dark', 42, []]) expect(normalizeReaderPrefs(raw)).toEqual(DEFAULT_READER_PREFS);
  });
});
