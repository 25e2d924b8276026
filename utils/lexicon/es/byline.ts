// Spanish words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['por'],
  roles: ['periodista', 'corresponsal', 'redactor', 'redactora', 'redacción', 'enviado especial', 'enviada especial', 'columnista', 'editora'],
  rowWords: [
    'publicado', 'actualizado', 'hace', 'hoy', 'ayer', 'a las', 'el', 'min de lectura', 'lectura',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
  rowUnits: ['s', 'seg', 'segundos', 'min', 'minuto', 'minutos', 'h', 'hora', 'horas', 'día', 'días', 'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'año', 'años'],
  rowMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  rowJoiners: ['por', 'y', 'con'],
  credits: [
    'publicado originalmente en', 'publicado originalmente por', 'publicado originalmente por el',
    'este artículo fue publicado originalmente en', 'publicado por primera vez en',
    'leer el artículo completo en', 'lee el artículo completo en', 'leer la noticia completa en',
    'lee la noticia completa en', 'leer más en', 'sigue leyendo en', 'seguir leyendo en',
  ],
  creditLinks: [
    'continuar a', 'continuar en',
  ],
  publicationJoiners: ['en'],
};
