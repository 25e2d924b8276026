// Dutch words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['seconden'],
    minute: [],
    hour: ['uur'],
    day: ['dag', 'dagen'],
    week: ['weken'],
    month: ['maand', 'maanden'],
    year: ['jaar', 'jaren'],
  },
  one: ['een'],
  agoBefore: [],
  agoAfter: ['geleden'],
  now: ['zojuist', 'net', 'vandaag'],
  yesterday: ['gisteren'],
  yesterdayAt: ['om'],
  clockAt: ['om'],
  months: [
    ['januari'],
    ['februari'],
    ['maart', 'mrt'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  labels: ['bijgewerkt', 'gepubliceerd'],
};
