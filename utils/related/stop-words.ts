// Words that say nothing about a story's subject, per language: the lexicon's stop words, already in
// foldWord's form, the form the topic grouper folds headline words to.

import { LEXICONS } from '../lexicon';

const SETS = new Map<string, Set<string>>(
  Object.entries(LEXICONS)
    .filter(([, lexicon]) => lexicon.stopWords.length > 0)
    .map(([lang, lexicon]) => [lang, new Set(lexicon.stopWords)]),
);

/** The languages with stop words, in the lexicon's order. */
export const STOP_WORD_LANGS = [...SETS.keys()];

/** The stop words of a language ("fr-CA" → fr); null for a language we have no list for. */
export function stopWordsFor(lang: string | null | undefined): Set<string> | null {
  if (!lang) return null;
  return SETS.get(lang.toLowerCase().slice(0, 2)) ?? null;
}
