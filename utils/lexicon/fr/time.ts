// French words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['seconde', 'secondes'],
    minute: ['minute', 'minutes', 'mn'],
    hour: ['heure', 'heures'],
    day: ['j', 'jour', 'jours'],
    week: ['sem', 'semaine', 'semaines'],
    month: ['mois'],
    year: ['an', 'ans', 'annee', 'annees'],
  },
  one: ['un', 'une'],
  agoBefore: ['il y a', 'ilya'],
  agoAfter: [],
  now: ["a l'instant", 'a linstant', "aujourd'hui"],
  yesterday: ['hier'],
  yesterdayAt: ['a'],
  clockAt: ['a'],
  months: [
    ['janvier'],
    ['fevrier'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['decembre'],
  ],
  labels: ['publie', 'publié', 'mis a jour', 'mis à jour', 'le'],
};
