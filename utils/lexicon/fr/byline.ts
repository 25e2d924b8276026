// French words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['par'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    "publié à l'origine sur", "publié à l'origine par", "publié à l'origine dans", 'publié initialement sur',
    'initialement publié sur', 'initialement publié par', "cet article a été publié à l'origine sur",
    'cet article a été initialement publié sur', "lire l'article complet sur", "lire l'article en entier sur",
    'lire la suite sur', 'article publié sur', 'paru initialement dans',
  ],
  creditLinks: [
    'continuer vers', 'continuer sur',
  ],
  publicationJoiners: ['dans'],
};
