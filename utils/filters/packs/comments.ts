import type { FilterPack } from '../types';

export const comments: FilterPack = {
  id: 'comments',
  label: 'Comments',
  description: 'Comment boxes, counts and reply forms.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'add a comment',
        'be the first to comment',
        'commentaires',
        'comentarios',
        'comments',
        'comments are closed',
        'comments closed',
        'commentaires fermés',
        'commenti chiusi',
        'comentarios cerrados',
        'kommentare geschlossen',
        'kommentare sind geschlossen',
        'komentarze zamknięte',
        'les commentaires sont fermés',
        'los comentarios están cerrados',
        'join the conversation',
        'kommentare',
        'leave a comment',
        'leave a reply',
        'no comments yet',
        'post a comment',
        'show comments',
        '/^(view|show|see|read) (all )?(\\d+ )?comments( \\(\\d+\\))?$/',
        '/^\\d+ (comments?|commentaires|kommentare|comentarios)$/',
        '/^(comments|commentaires|kommentare|comentarios) \\(\\d+\\)$/',
        // A post's footer row of feed links and comment status: "Kommentarfeed | Kommentare geschlossen | Trackback-URL".
        '/^((kommentarfeed|kommentare geschlossen|comments closed|comments are closed|comments feed|comment feed|trackback-url|trackback url|trackback|permalink) ?[|·•]? ?){2,6}$/',
      ],
    },
    { selector: '#disqus_thread, #comments, #respond, .comments-area, .comment-respond' },
    { attr: '\\b(comments?|comment[-_]?(section|box|list|form|area|count|thread|button)|disqus|spot[-_]?im|openweb|commentaires)\\b' },
  ],
};
