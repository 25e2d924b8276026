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
  notSources: [
    'read more', 'more', 'see more', 'see all', 'show more', 'continue reading', 'next', 'previous', 'prev',
    'older', 'newer', 'live', 'video', 'watch', 'listen', 'breaking', 'exclusive', 'opinion', 'analysis',
    'new', 'update', 'updated', 'comment', 'comments', 'share', 'follow', 'save', 'like', 'reply', 'time',
    'date', 'published', 'posted',
    // Section names a card shows above its headline: what kind of story, never who published it.
    'news', 'world', 'politics', 'business', 'sports', 'sport', 'entertainment', 'health', 'science', 'technology',
    'tech', 'lifestyle', 'travel', 'weather', 'local', 'national', 'culture', 'money', 'markets', 'crime', 'education',
    'environment', 'climate', 'food', 'style', 'top stories', 'latest',
  ],
};
