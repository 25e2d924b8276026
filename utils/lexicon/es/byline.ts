// Spanish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['por'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'publicado originalmente en', 'publicado originalmente por', 'publicado originalmente por el',
    'este artículo fue publicado originalmente en', 'publicado por primera vez en',
    'leer el artículo completo en', 'lee el artículo completo en', 'leer la noticia completa en',
    'lee la noticia completa en', 'leer más en', 'sigue leyendo en', 'seguir leyendo en',
  ],
  creditLinks: [
    'continuar a', 'continuar en',
  ],
  publicationJoiners: ['en'],
};
