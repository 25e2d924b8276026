// Hindi link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['और देखें', 'सभी देखें', 'और पढ़ें', 'अगला', 'पिछला'],
  cardLinks: ['और पढ़ें', 'यहां क्लिक करें', 'ऐप डाउनलोड करें', 'सब्सक्राइब करें'],
  notSources: ['लाइव', 'वीडियो', 'ब्रेकिंग', 'एक्सक्लूसिव', 'शेयर', 'फॉलो', 'कमेंट'],
};
