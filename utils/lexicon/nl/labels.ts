// Dutch labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['gesponsord', 'advertentie'],
  sponsoredLead: [],
  sponsoredBy: [],
  related: ['lees ook', 'lees meer', 'ook interessant'],
  reading: [
    'verder lezen', 'meer lezen', 'bronnen', 'referenties', 'literatuur', 'noten', 'externe links',
  ],
};
