// Portuguese labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['publicidade'],
  sponsoredLead: [],
  sponsoredBy: [],
  related: ['leia tambem', 'leia mais', 'veja tambem'],
  reading: [
    'leitura adicional', 'para saber mais', 'referencias', 'fontes', 'bibliografia', 'notas',
    'ligacoes externas', 'links externos', 'recursos',
  ],
};
