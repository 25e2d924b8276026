// French link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['voir plus'],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'actualité', 'actualités', 'politique', 'économie', 'international', 'monde', 'france', 'société', 'sport', 'sports',
    'culture', 'météo', 'santé', 'sciences', 'faits divers', 'régions', 'vidéo', 'direct', 'en direct', 'lire aussi',
    'lire la suite', 'partager', 'commentaires', 'suivre',
  ],
};
