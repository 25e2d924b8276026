// Italian words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['di'],
  roles: ['giornalista', 'corrispondente', 'inviato', 'inviata', 'redazione', 'redattore', 'redattrice', 'direttore', 'caporedattore'],
  rowWords: [
    'pubblicato', 'aggiornato', 'ultimo aggiornamento', 'oggi', 'ieri', 'fa', 'alle', 'il', 'min di lettura', 'lettura',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  ],
  rowUnits: ['secondi', 'secondo', 'min', 'minuti', 'minuto', 'ora', 'ore', 'giorni', 'giorno', 'settimane', 'settimana', 'mesi', 'mese', 'anni', 'anno'],
  rowMonths: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  rowJoiners: ['a cura di', 'di', 'e', 'da', 'con'],
  credits: [
    'pubblicato originariamente su', 'pubblicato originariamente da', 'pubblicato originariamente in',
    'originariamente pubblicato su', 'questo articolo è stato pubblicato originariamente su',
    "leggi l'articolo completo su", "leggi l'articolo integrale su", 'leggi tutto su',
    'continua a leggere su',
  ],
  creditLinks: [
    'continua su',
  ],
  publicationJoiners: ['in', 'su'],
};
