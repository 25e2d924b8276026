// Malay words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'baca artikel penuh di', 'baca berita penuh di', 'baca selanjutnya di',
    'artikel ini pertama kali disiarkan di', 'asalnya diterbitkan di', 'asalnya disiarkan di',
  ],
  creditLinks: [
    'teruskan ke',
  ],
  publicationJoiners: ['di'],
};
