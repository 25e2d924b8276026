// Portuguese link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'política', 'economia', 'mundo', 'brasil', 'esportes', 'esporte', 'cultura', 'entretenimento', 'saúde', 'ciência',
    'tecnologia', 'tempo', 'cotidiano', 'opinião', 'vídeo', 'ao vivo', 'leia mais', 'leia também', 'compartilhar',
    'comentários', 'seguir',
  ],
};
