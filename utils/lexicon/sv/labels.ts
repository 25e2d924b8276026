// Swedish labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: [],
  sponsoredLead: [],
  sponsoredBy: [],
  related: [],
  reading: [
    'vidare lasning', 'kallor', 'referenser', 'litteratur', 'noter', 'externa lankar',
  ],
};
