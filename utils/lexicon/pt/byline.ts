// Portuguese words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'publicado originalmente em', 'publicado originalmente no', 'publicado originalmente na',
    'publicado originalmente por', 'este artigo foi publicado originalmente em', 'leia a matéria completa em',
    'leia o artigo completo em', 'leia a reportagem completa em', 'leia mais em', 'continue lendo em',
    'continuar a ler em',
  ],
  creditLinks: [
    'continuar para',
  ],
  publicationJoiners: ['em', 'no', 'na'],
};
