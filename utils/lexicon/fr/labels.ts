// French labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['sponsorise', 'contenu sponsorise', 'publicite', 'annonce'],
  sponsoredLead: ['sponsorise', 'sponsorisé', 'publicite', 'publicité'],
  sponsoredBy: ['par'],
  related: [
    'lire aussi', 'a lire aussi', 'lire egalement', 'a lire egalement', 'voir aussi', 'sur le meme sujet',
    'a voir aussi',
  ],
  reading: [
    'pour aller plus loin', 'lectures complementaires', 'references', 'sources', 'bibliographie', 'notes',
    'liens externes', 'ressources',
  ],
};
