// Spanish labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['patrocinado', 'contenido patrocinado', 'publicidad', 'anuncio'],
  sponsoredLead: ['patrocinado', 'publicidad'],
  sponsoredBy: ['por'],
  related: [
    'lee tambien', 'lea tambien', 'leer mas', 'te puede interesar', 'le puede interesar',
    'tambien te puede interesar',
  ],
  reading: [
    'lecturas recomendadas', 'para saber mas', 'referencias', 'fuentes', 'bibliografia', 'notas',
    'enlaces externos', 'recursos',
  ],
};
