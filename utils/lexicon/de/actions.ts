// German link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['mehr'],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'wissen', 'gesundheit', 'digital', 'reise', 'wetter',
    'ausland', 'inland', 'regional', 'lokales', 'meinung', 'video', 'liveticker', 'mehr lesen', 'weiterlesen', 'teilen',
    'kommentare', 'folgen',
  ],
};
