// Italian words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['di'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'pubblicato originariamente su', 'pubblicato originariamente da', 'pubblicato originariamente in',
    'originariamente pubblicato su', 'questo articolo è stato pubblicato originariamente su',
    "leggi l'articolo completo su", "leggi l'articolo integrale su", 'leggi tutto su',
    'continua a leggere su',
  ],
  creditLinks: [
    'continua su',
  ],
  publicationJoiners: ['in', 'su'],
};
