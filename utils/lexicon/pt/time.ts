// Portuguese words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['segundo', 'segundos'],
    minute: ['minuto', 'minutos'],
    hour: ['hora', 'horas'],
    day: ['dia', 'dias'],
    week: ['semana', 'semanas'],
    month: ['mes', 'meses'],
    year: ['ano', 'anos'],
  },
  one: ['um', 'uma'],
  agoBefore: [],
  agoAfter: [],
  now: ['agora', 'agora mesmo', 'hoje'],
  yesterday: ['ontem'],
  yesterdayAt: ['as'],
  clockAt: [],
  months: [
    ['janeiro'],
    ['fevereiro'],
    ['marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
  labels: ['atualizado'],
};
