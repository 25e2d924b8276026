// English labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: [
    'sponsored', 'sponsored content', 'sponsored links', 'sponsored link', 'sponsored story',
    'sponsored stories', 'ad', 'ads', 'advertisement', 'advertisements', 'advertising', 'advert', 'adchoices',
    'ad choices', 'promoted', 'promoted content', 'promoted stories', 'promoted links', 'paid', 'paid content',
    'paid post', 'paid partner', 'paid partnership', 'partner content', 'from our partners', 'recommended by',
  ],
  sponsoredLead: ['sponsored', 'promoted', 'paid', 'ad', 'ads', 'advertisement'],
  sponsoredBy: ['by'],
  related: [
    'read also', 'read more', 'also read', 'see also', 'related', 'related article', 'related articles',
    'related story', 'related stories', 'related content', 'related coverage', 'more on this',
    'more on this story', 'more on this topic', 'you may also like', 'you might also like', 'recommended',
    'recommended for you', 'dont miss', 'don t miss', 'must read', 'more', 'see more',
  ],
  reading: [
    'further reading', 'more reading', 'recommended reading', 'suggested reading', 'reading list',
    'references', 'sources', 'bibliography', 'notes', 'footnotes', 'external links', 'useful links',
    'resources', 'further information',
  ],
};
