// Danish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['af'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'læs hele artiklen på', 'læs hele artiklen hos', 'oprindeligt offentliggjort på',
    'oprindeligt offentliggjort i', 'oprindeligt bragt på', 'oprindeligt bragt i', 'først bragt på',
    'først bragt i', 'artiklen blev først bragt i',
  ],
  creditLinks: [
    'fortsæt til',
  ],
  publicationJoiners: ['i'],
};
