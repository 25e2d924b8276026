// Italian labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['sponsorizzato', 'pubblicita', 'contenuto sponsorizzato'],
  sponsoredLead: [],
  sponsoredBy: [],
  related: ['leggi anche', 'potrebbe interessarti'],
  reading: [
    'per approfondire', 'letture consigliate', 'riferimenti', 'fonti', 'bibliografia', 'note',
    'collegamenti esterni', 'risorse',
  ],
};
