// Italian link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [],
  cardLinks: [],
  // Buttons, and section names a card shows above its headline: never who published it.
  notSources: [
    'cronaca', 'economia', 'politica', 'esteri', 'sport', 'meteo', 'spettacoli', 'cultura', 'tecnologia', 'salute',
    'motori', 'attualità', 'italia', 'mondo', 'video', 'foto', 'ultima ora', 'diretta', 'leggi anche', 'continua a leggere',
    'condividi', 'commenti', 'segui',
  ],
};
