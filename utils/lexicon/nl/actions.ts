// Dutch link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'binnenland', 'buitenland', 'politiek', 'economie', 'sport', 'cultuur', 'media', 'tech', 'wetenschap', 'gezondheid',
    'weer', 'regio', 'opinie', 'video', 'live', 'lees meer', 'delen', 'reacties', 'volgen',
  ],
};
