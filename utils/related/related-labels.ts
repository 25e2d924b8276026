// The words a page puts over a box of other stories ("Read also", "Lire aussi"). A single linked
// headline under such a label is a related story even though nothing repeats around it.

import { foldKey } from './dom-text';

const LABELS = new Set([
  'read also', 'read more', 'also read', 'see also', 'related', 'related article', 'related articles', 'related story',
  'related stories', 'related content', 'related coverage', 'more on this', 'more on this story', 'more on this topic',
  'you may also like', 'you might also like', 'recommended', 'recommended for you', 'dont miss', 'don t miss', 'must read',
  'lire aussi', 'a lire aussi', 'lire egalement', 'a lire egalement', 'voir aussi', 'sur le meme sujet', 'a voir aussi',
  'lesen sie auch', 'auch interessant', 'mehr zum thema', 'das konnte sie auch interessieren', 'weitere artikel',
  'lee tambien', 'lea tambien', 'leer mas', 'te puede interesar', 'le puede interesar', 'tambien te puede interesar',
  'leggi anche', 'potrebbe interessarti', 'leia tambem', 'leia mais', 'veja tambem', 'lees ook', 'lees meer', 'ook interessant',
]);

/** "Read more:", "À lire aussi", "Lesen Sie auch" (any case, accents and trailing colon ignored). */
export function isRelatedLabel(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 50 && LABELS.has(foldKey(t));
}
