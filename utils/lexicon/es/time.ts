// Spanish words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['seg', 'segundo', 'segundos'],
    minute: ['minuto', 'minutos'],
    hour: ['hora', 'horas'],
    day: ['dia', 'dias'],
    week: ['semana', 'semanas'],
    month: ['mes', 'meses'],
    year: ['ano', 'anos'],
  },
  one: ['uno', 'una'],
  agoBefore: ['hace'],
  agoAfter: ['atras'],
  now: ['justo ahora', 'ahora mismo', 'ahora', 'hoy'],
  yesterday: ['ayer'],
  yesterdayAt: ['a las'],
  clockAt: ['a las'],
  months: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
  labels: ['actualizado', 'publicado'],
};
