// Russian words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'читать полностью на', 'читайте полностью на', 'читать статью полностью на', 'полный текст статьи на',
    'первоначально опубликовано на', 'первоначально опубликовано в', 'впервые опубликовано на',
    'впервые опубликовано в', 'статья впервые опубликована на',
  ],
  creditLinks: [
    'перейти на',
  ],
  publicationJoiners: ['в'],
};
