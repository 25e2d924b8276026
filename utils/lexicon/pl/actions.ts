// Polish link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [],
  cardLinks: [],
  notSources: [],
};
