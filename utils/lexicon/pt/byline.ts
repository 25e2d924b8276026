// Portuguese words around an author's name ("By Jane Doe", ", Senior Staff Writer").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: [],
  roles: ['jornalista', 'correspondente', 'repórter', 'redator', 'redatora', 'redação', 'colunista', 'editora', 'enviado especial'],
  rowWords: [
    'publicado', 'atualizado', 'publicado em', 'atualizado em', 'há', 'hoje', 'ontem', 'às', 'em', 'min de leitura', 'leitura',
    'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo',
  ],
  rowUnits: ['s', 'seg', 'segundos', 'min', 'minuto', 'minutos', 'h', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos'],
  rowMonths: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  rowJoiners: ['por', 'e', 'com'],
  credits: [
    'publicado originalmente em', 'publicado originalmente no', 'publicado originalmente na',
    'publicado originalmente por', 'este artigo foi publicado originalmente em', 'leia a matéria completa em',
    'leia o artigo completo em', 'leia a reportagem completa em', 'leia mais em', 'continue lendo em',
    'continuar a ler em',
  ],
  creditLinks: [
    'continuar para',
  ],
  publicationJoiners: ['em', 'no', 'na'],
};
