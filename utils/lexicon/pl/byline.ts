// Polish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
};
