// German labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['anzeige', 'werbung', 'gesponsert'],
  sponsoredLead: ['anzeige', 'werbung'],
  sponsoredBy: ['von'],
  related: [
    'lesen sie auch', 'auch interessant', 'mehr zum thema', 'das konnte sie auch interessieren',
    'weitere artikel',
  ],
  reading: [
    'weiterfuhrende links', 'weiterfuhrender link', 'weiterfuhrende literatur', 'literatur', 'quellen',
    'quellenangaben', 'einzelnachweise', 'anmerkungen', 'links zum thema', 'weblinks', 'zum weiterlesen',
  ],
};
