// German words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['von'],
  roles: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporterin', 'autor', 'autorin', 'chefredakteur', 'chefredakteurin'],
  rowWords: [
    'veröffentlicht', 'veroffentlicht', 'aktualisiert', 'stand', 'am', 'um', 'uhr', 'heute', 'gestern', 'vor', 'lesezeit',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  ],
  rowUnits: ['sek', 'sekunden', 'min', 'minute', 'minuten', 'std', 'stunde', 'stunden', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren'],
  rowMonths: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  rowJoiners: ['von', 'und', 'mit'],
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
