import type { FilterPack } from '../types';

export const engagement: FilterPack = {
  id: 'engagement',
  label: 'Reactions & engagement',
  description: 'Like and reaction bars, "was this helpful", save/bookmark and listen buttons, feedback prompts.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'bookmark',
        'feedback',
        'give feedback',
        'like',
        'listen',
        'listen to this article',
        'react',
        'reactions',
        'save',
        'save article',
        'save story',
        'upvote',
        'was this article helpful',
        '/^\\d+(\\.\\d+)?k? (likes?|reactions?)$/',
        '/^how (do|did) you feel about this (article|story)\\??$/',
        '/^(listen to|listen to this) (article|story)( \\d+ min(utes?)?)?$/',
        '/^(add|added) to (your )?(favorites|reading list|saved)$/',
      ],
    },
    { attr: '\\b(reactions?|like[-_]?(button|bar|count)|feedback|ratings?|votes?|bookmark|save[-_]?(button|article|story)|listen[-_]?(button|article)?|audio[-_]?player|text[-_]?to[-_]?speech|tts)\\b' },
  ],
};
