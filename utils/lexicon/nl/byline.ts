// Dutch words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['door'],
  roles: ['redacteur', 'verslaggever', 'correspondent', 'journalist', 'eindredacteur'],
  rowWords: [
    'gepubliceerd', 'bijgewerkt', 'vandaag', 'gisteren', 'geleden', 'om', 'op', 'leestijd',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  ],
  rowUnits: ['sec', 'seconden', 'min', 'minuut', 'minuten', 'uur', 'u', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar'],
  rowMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  rowJoiners: ['door', 'en', 'met'],
  credits: [
    'oorspronkelijk gepubliceerd op', 'oorspronkelijk gepubliceerd in', 'oorspronkelijk gepubliceerd door',
    'oorspronkelijk verschenen op', 'oorspronkelijk verschenen in', 'eerder verschenen op',
    'eerder verschenen in', 'dit artikel verscheen eerder op', 'dit artikel verscheen eerder in',
    'lees het volledige artikel op', 'lees het hele artikel op', 'lees verder op',
  ],
  creditLinks: [
    'verder naar',
  ],
  publicationJoiners: ['in'],
};
