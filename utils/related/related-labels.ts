// The words a page puts over a box of other stories ("Read also", "Lire aussi"). A single linked
// headline under such a label is a related story even though nothing repeats around it.

import { foldKey } from '../kit/text';
import { wordsOfAllLanguages } from '../lexicon';

/** Marks a label ends with and that are not part of it: "Read more:", "Lire aussi ›", "Related…". */
const TRAILING_MARKS = /[\s:›»>→.…-]+$/;

/** A label's words without the marks it ends with. */
export function labelText(text: string): string {
  return text.trim().replace(TRAILING_MARKS, '');
}

const LABELS = new Set(wordsOfAllLanguages((l) => l.labels.related));

/** "Read more:", "À lire aussi", "Lesen Sie auch" (any case, accents and trailing colon ignored). */
export function isRelatedLabel(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 50 && LABELS.has(foldKey(t));
}

const READING = new Set(wordsOfAllLanguages((l) => l.labels.reading));

/** "Further reading", "Sources", "参考資料": an article's own reading list, whose links are content. */
export function isReadingLabel(text: string): boolean {
  const t = labelText(text);
  return t.length > 0 && t.length <= 50 && READING.has(foldKey(t));
}
