// Text helpers of the whole pipeline: how texts are tidied and in which form two of them are compared.
// Pick by what the comparison must ignore:
//   squash               whitespace runs (case and everything else kept): samples, metadata, article text
//   squashWithZeroWidth  the same, zero-width spaces counted as blanks: text read out of page markup
//   normalizeText        case, curly quotes, bullets, trailing punctuation: filter phrases and block texts
//   foldKey              case, accents and all punctuation: labels and headlines (compactKey: spaces too)
//   foldWord             case and accents, apostrophes made straight: single words (stop words, topics)

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };

/** Collapses whitespace runs to one space (a lone ideographic space stays) and trims; case and every other character are kept. */
export function squash(text: string | null | undefined): string {
  // A lone ideographic space (U+3000) is a character of CJK text, not layout: Japanese headlines
  // use it between their parts ("3年ぶり豊漁　県「…」"). Runs of blanks around it still collapse.
  const t = text ?? '';
  // A function per blank run is costly; most texts hold no ideographic space and take the plain replace.
  return (t.includes('\u3000') ? t.replace(/\s+/g, (run) => (run === '\u3000' ? run : ' ')) : t.replace(/\s+/g, ' ')).trim();
}

/**
 * squash that also counts zero-width spaces (U+200B) as blanks, for text read out of page markup,
 * where pages put them between words as line-break hints.
 */
export function squashWithZeroWidth(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u202f\ufeff]+/g, ' ').trim();
}

/**
 * The form in which block texts and filter phrases are compared: lower case, straight quotes, single
 * spaces, no zero-width characters, no leading bullets and no trailing punctuation or ellipsis.
 */
export function normalizeText(text: string): string {
  let t = text.replace(/\s+/g, ' ').toLowerCase();
  if (/[\u200b-\u200d\ufeff‘’‛`´“”„«»]/.test(t)) t = t.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[‘’‛`´“”„«»]/g, (c) => QUOTES[c] ?? c);
  // Trim by hand: a /[…]+$/ regex rescans from every space and turns quadratic on long blocks.
  let start = 0;
  let end = t.length;
  while (start < end && LEADING.has(t[start])) start++;
  while (end > start && TRAILING.has(t[end - 1])) end--;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

const LEADING = new Set([...'•·|>›»-–—* ']);
const TRAILING = new Set([...' .…:!?,;·•|-–—']);

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accent-free, punctuation as single spaces: two spellings of one headline or label compare equal. */
export function foldKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Other scripts' marks are parts of their letters (Devanagari vowel signs, Japanese voicing marks,
    // Arabic hamza), not accents: kept, and put back together, so "ये भी पढ़ें" stays one label.
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
  return NON_ASCII.test(folded) ? folded.normalize('NFC') : folded;
}

/** foldKey without the spaces: "Daily 8", "daily8.com" and "DAILY8" meet as names. */
export function compactKey(text: string): string {
  return foldKey(text).replace(/\s+/g, '');
}

/** Accent-free, lower case, straight apostrophes: the form words are counted and looked up in. */
export function foldWord(word: string): string {
  // Plain ASCII has nothing to fold but case: the common word skips both normalizations.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  // Recomposed after the accents go, so other scripts' letters (Arabic hamza, Japanese voicing) read as written.
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();
}

/** The first `n` words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, n = 8): string {
  const words = squash(text).split(' ').filter(Boolean);
  return words.length > n ? words.slice(0, n).join(' ') + '…' : words.join(' ');
}
