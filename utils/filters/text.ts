// Text helpers shared by the filter matcher and the pipeline.

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };

/**
 * The form in which block texts and phrases are compared: lower case, straight quotes, single
 * spaces, no leading bullets and no trailing punctuation or ellipsis.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[‘’‛`´“”„«»]/g, (c) => QUOTES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[•·|>›»\-–—*\s]+/, '')
    .replace(/[\s.…:!?,;·•|\-–—]+$/, '');
}

/** Collapses whitespace without changing case; for samples and metadata. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `n` words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, n = 8): string {
  const words = squash(text).split(' ').filter(Boolean);
  return words.length > n ? words.slice(0, n).join(' ') + '…' : words.join(' ');
}
