// Swedish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['av'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'läs hela artikeln på', 'läs hela artikeln hos', 'publicerades ursprungligen på',
    'publicerades ursprungligen i', 'publicerad först på', 'publicerad först i',
    'artikeln publicerades först på', 'artikeln publicerades först i',
  ],
  creditLinks: [
    'fortsätt till',
  ],
  publicationJoiners: ['i'],
};
