// Italian words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['secondo', 'secondi'],
    minute: ['minuti'],
    hour: ['ora', 'ore'],
    day: ['giorno', 'giorni'],
    week: ['settimana', 'settimane'],
    month: ['mese', 'mesi'],
    year: ['anno', 'anni'],
  },
  one: [],
  agoBefore: ['ha', 'ha fatto'],
  agoAfter: ['fa'],
  now: ['adesso', 'proprio ora', 'oggi'],
  yesterday: ['ieri'],
  yesterdayAt: ['alle'],
  clockAt: ['alle'],
  months: [
    ['gennaio'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio'],
    ['giugno'],
    ['luglio'],
    ['agosto'],
    ['settembre'],
    ['ottobre'],
    ['novembre'],
    ['dicembre'],
  ],
  labels: ['aggiornato', 'pubblicato'],
};
