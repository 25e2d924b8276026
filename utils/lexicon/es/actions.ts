// Spanish link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['ver más', 'ver mas'],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'actualidad', 'política', 'economía', 'internacional', 'mundo', 'españa', 'sociedad', 'deportes', 'cultura',
    'tiempo', 'salud', 'ciencia', 'tecnología', 'sucesos', 'opinión', 'vídeo', 'directo', 'en directo', 'leer más',
    'compartir', 'comentarios', 'seguir',
  ],
};
