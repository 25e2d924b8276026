import type { FilterPack } from '../types';

export const social: FilterPack = {
  id: 'social',
  label: 'Share & follow bars',
  description: 'Share buttons, follow prompts and social-network embeds of the site itself.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'compartir',
        'copy link',
        'email',
        'facebook',
        'follow',
        'follow us',
        'linkedin',
        'partager',
        'pinterest',
        'print',
        'reddit',
        'share',
        'share this',
        'share this article',
        'share this story',
        'teilen',
        'tweet',
        'twitter',
        'whatsapp',
        '/^share (on|via|to) [\\w .]{1,20}$/',
        '/^follow( us)? on [\\w .,]{1,40}$/',
        '/^(follow|unfollow)( [\\w .&\'-]{1,40})?$/',
        '/^flipped into .{1,60}$/',
      ],
    },
    { attr: '\\b(share|shares|sharing|share[-_]?(bar|buttons?|tools|links|icons|menu)|social[-_]?(share|links|icons|bar|buttons|follow)|follow[-_]?(us|button|bar)|addthis|sharethis|a2a|sharedaddy)\\b' },
  ],
};
