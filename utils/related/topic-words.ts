// Words the topic grouper reads beside the stop words: the prepositions that put a name as the place
// where a story happens ("in Penzance", "à Nantes", "an die Nordsee"), and the words that end a
// street's name ("Bayview Road"). A town or a street shared by two headlines is where both happened,
// not what both are about, so such a use never makes a topic on its own.
// Folded as foldWord folds (lower case, no accents). Kept here, not in lexicon/, because only the
// grouper reads them; a language without a list here still groups, without this hint.

const PLACE_PREPOSITIONS: Record<string, string[]> = {
  // "past": a place one goes by, and in sports the side one beats ("rally past Oakmont").
  en: ['in', 'at', 'near', 'from', 'to', 'off', 'outside', 'across', 'around', 'into', 'inside', 'past'],
  fr: ['a', 'au', 'aux', 'en', 'dans', 'pres', 'vers', 'depuis'],
  de: ['in', 'im', 'an', 'am', 'nach', 'bei', 'vor', 'aus', 'um'],
  es: ['en', 'a', 'desde', 'cerca', 'hacia'],
  it: ['a', 'in', 'da', 'presso', 'verso'],
  pt: ['em', 'no', 'na', 'a', 'perto'],
  nl: ['in', 'bij', 'naar', 'te', 'uit'],
};

/** The place prepositions of a language ("fr-CA" → fr), with English's, which headlines everywhere borrow names with. */
export function placePrepositions(lang: string | null | undefined): Set<string> {
  const own = lang ? PLACE_PREPOSITIONS[lang.toLowerCase().slice(0, 2)] ?? [] : [];
  return new Set([...PLACE_PREPOSITIONS.en!, ...own]);
}

// The last word of a street's name, as the grouper stems them. English only: German and Dutch write a
// street as one word ("Hafenstraße"), French and Spanish put the street word first ("Rue de Siam").
const STREET_WORDS = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'highway', 'parkway', 'drive', 'terrace', 'crescent']);

/** Ends a street's name: "Road" in "Bayview Road". */
export function isStreetWord(key: string): boolean {
  return STREET_WORDS.has(key);
}

// Languages whose headlines open with the place and a comma, as a dateline: "Bologna, chiude per lavori
// la galleria…", "Milano, la M4 prolungata…". English headlines use that comma for "and" ("Trump, Xi
// agree…"), so it is read as a lead label only in these.
const COMMA_LEAD_LANGS = new Set(['it']);

/** Whether a headline's first words before a comma are a lead label in this language. */
export function leadsWithComma(lang: string): boolean {
  return COMMA_LEAD_LANGS.has(lang);
}

// English adjectives of a people or region ("Cornish", "Spanish", "Canadian", "Japanese", "European"):
// capitalised, so they read as names, but like "in Cornwall" they say where, not what ("Cornish pasty
// makers", "three Cornish beaches"). Other languages write them in lower case, where no name is read.
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ish|ian|ese|ean)$/u;

/** An English adjective of a people or region, as written: "Cornish" in "Cornish beaches". */
export function isDemonym(word: string): boolean {
  return DEMONYM.test(word);
}
