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
        // The label over a video player's box of the site's other videos.
        '/^(video del giorno|video of the day|vidéo du jour|vídeo del día|vídeo do dia|video des tages)$/',
        'continue reading',
        'load more',
        'read more',
        'see more',
        'show more',
        'story continues',
        'story continues below',
        'story continues below advertisement',
        'view more',
        // The same inline "Read also: <headline>" line in the languages of the pages we read.
        '/^(read more|read also|also read|see also|related|lire aussi|à lire aussi|lire également|voir aussi|mehr zum thema|lesen sie auch|auch lesen|lesen sie mehr|leer más|lee también|lea también|lea más|vea también|leia também|leia mais|leggi anche|czytaj też|czytaj także|zobacz też|zobacz także|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|ये भी देखें|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|あわせて読みたい|関連記事):? .{1,160}$/',
        // Spanish pages' short "Lea: <headline>" and "Vea: <headline>" lines (with the colon: "Lea" is a name too).
        '/^(lea|lee|vea|mire|ver también|ve también): .{1,160}$/',
        '/^(continue|keep) reading( the (full )?(article|story))?( on [\\w .&-]{1,40})?$/',
        '/^read (the )?(full|whole) (article|story)( on [\\w .&-]{1,40})?$/',
      ],
    },
    { attr: '\\b(read[-_]?more|continue[-_]?reading|story[-_]?continues)\\b' },
  ],
};
