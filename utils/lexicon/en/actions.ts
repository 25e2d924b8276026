// English link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [
    'see all', 'see more', 'view all', 'view more', 'show more', 'load more', 'more', 'read more',
    'more stories', 'next', 'previous', 'prev',
  ],
  cardLinks: [
    'learn more', 'read more', 'find out more', 'see more', 'see all', 'view all', 'click here',
    'continue reading', 'read the full', 'more about', 'more from', 'more on', 'sign up', 'subscribe',
    'download', 'get the app', 'watch now', 'listen now', 'shop now', 'buy now',
  ],
};
