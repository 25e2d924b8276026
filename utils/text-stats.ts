// Word counts and reading time that also hold for Chinese and Japanese, which have no spaces:
// there each character counts as a word, read at about 500 a minute (230 words a minute elsewhere).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Words (each CJK character counting as one) and minutes to read, from one pass over the text. */
export function textStats(text: string): { words: number; minutes: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = (cjk ? text.replace(CJK, ' ') : text).match(WORD)?.length ?? 0;
  return { words: words + cjk, minutes: Math.max(1, Math.round(words / 230 + cjk / 500)) };
}
