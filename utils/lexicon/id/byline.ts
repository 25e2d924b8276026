// Indonesian words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'baca artikel selengkapnya di', 'baca berita selengkapnya di', 'baca selengkapnya di',
    'artikel ini telah tayang di', 'artikel ini pertama kali tayang di', 'pertama kali diterbitkan di',
    'pertama kali dipublikasikan di',
  ],
  creditLinks: [
    'lanjutkan ke',
  ],
  publicationJoiners: ['di'],
};
