import type { FilterPack } from '../types';

export const teasers: FilterPack = {
  id: 'teasers',
  label: '"Continue reading" teasers',
  description: '"Story continues", "Read more" and "Continue reading" buttons and teaser lines.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'click here to read more',
        'continue reading',
        'load more',
        'read more',
        'see more',
        'show more',
        'story continues',
        'story continues below',
        'story continues below advertisement',
        'view more',
        '/^(read more|read also|also read|see also|related|lire aussi|à lire aussi|mehr zum thema|lesen sie auch|leer más|lee también):? .{1,160}$/',
        '/^(continue|keep) reading( the (full )?(article|story))?( on [\\w .&-]{1,40})?$/',
        '/^read (the )?(full|whole) (article|story)( on [\\w .&-]{1,40})?$/',
      ],
    },
    { attr: '\\b(read[-_]?more|continue[-_]?reading|story[-_]?continues)\\b' },
  ],
};
