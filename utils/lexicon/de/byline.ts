// German words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['von'],
  roles: [],
  rowWords: [],
  rowUnits: [],
  rowMonths: [],
  rowJoiners: [],
  credits: [
    'ursprünglich veröffentlicht auf', 'ursprünglich veröffentlicht bei', 'ursprünglich veröffentlicht in',
    'ursprünglich erschienen auf', 'ursprünglich erschienen bei', 'ursprünglich erschienen in',
    'zuerst erschienen auf', 'zuerst erschienen bei', 'zuerst erschienen in',
    'dieser artikel erschien zuerst auf', 'dieser artikel erschien zuerst bei',
    'den ganzen artikel lesen auf', 'den vollständigen artikel lesen auf', 'vollständigen artikel lesen auf',
    'ganzen artikel lesen auf', 'weiterlesen auf', 'weiterlesen bei',
  ],
  creditLinks: [
    'weiter zu',
  ],
  publicationJoiners: ['in'],
};
