// Text helpers shared by the filter matcher and the pipeline.

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };

/**
 * The form in which block texts and phrases are compared: lower case, straight quotes, single
 * spaces, no leading bullets and no trailing punctuation or ellipsis.
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

/** Collapses whitespace without changing case; for samples and metadata. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `n` words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, n = 8): string {
  const words = squash(text).split(' ').filter(Boolean);
  return words.length > n ? words.slice(0, n).join(' ') + '…' : words.join(' ');
}
