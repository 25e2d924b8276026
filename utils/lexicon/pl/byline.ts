// Polish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'przeczytaj cały artykuł na', 'przeczytaj cały artykuł w', 'czytaj cały artykuł na', 'czytaj więcej na',
    'pierwotnie opublikowano na', 'pierwotnie opublikowano w', 'artykuł pierwotnie ukazał się na',
    'artykuł pierwotnie ukazał się w', 'tekst ukazał się pierwotnie na', 'tekst ukazał się pierwotnie w',
  ],
  creditLinks: [
    'przejdź do',
  ],
  publicationJoiners: ['w'],
};
