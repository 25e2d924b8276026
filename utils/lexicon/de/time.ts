// German words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['sek', 'sekunde', 'sekunden'],
    minute: ['minuten'],
    hour: ['std', 'stunde', 'stunden'],
    day: ['tag', 'tage', 'tagen'],
    week: ['woche', 'wochen'],
    month: ['monat', 'monate', 'monaten'],
    year: ['jahr', 'jahre', 'jahren'],
  },
  one: ['ein', 'eine', 'einer', 'einem', 'einen'],
  agoBefore: ['vor'],
  agoAfter: [],
  now: ['gerade eben', 'gerade', 'soeben', 'jetzt', 'heute'],
  yesterday: ['gestern'],
  yesterdayAt: ['um'],
  clockAt: ['um'],
  months: [
    ['januar', 'janner'],
    ['februar'],
    ['marz', 'maerz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['dezember'],
  ],
  labels: ['aktualisiert', 'veröffentlicht', 'veroffentlicht', 'stand'],
};
