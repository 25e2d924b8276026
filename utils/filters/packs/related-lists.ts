import type { FilterPack } from '../types';

// The story cards themselves are found by shape in utils/related/ and recorded under this pack;
// these rules take the headings and leftovers those lists leave behind.
export const relatedLists: FilterPack = {
  id: 'related-lists',
  label: 'Related-story lists',
  description: 'Lists of other stories ("Related Articles", "More for You", "Trending") pulled out of the article and shown grouped instead.',
  defaultOn: true,
  rules: [
    {
      phrases: [
        'editor\'s picks',
        'lire aussi',
        'à lire aussi',
        'more for you',
        'most popular',
        'most read',
        'recommended',
        'recommended for you',
        'recommended stories',
        'related',
        'related articles',
        'related content',
        'related coverage',
        'related news',
        'related posts',
        'related stories',
        'sur le même sujet',
        'top stories',
        'up next',
        'what to read next',
        'you may also like',
        'you might also like',
        '/^(trending|popular)( now| stories| news)?( in [\\w .,\'-]{1,40})?$/',
        '/^more (from|on|stories from|news from) [\\w .&\'-]{1,40}$/',
        // Labels left over the place of their list: "DON'T MISS", "More Great WIRED Stories", "MORE STORIES LIKE THIS ONE".
        '/^(don\'t miss|do not miss|must reads?)$/',
        '/^more (great |top |popular )?([\\w.&\'-]{1,20} )?stories( like this( one)?)?$/',
        '/^(das könnte sie auch interessieren|das könnte dich auch interessieren|mehr zum thema|mehr themen|weitere artikel|lesen sie auch|auch lesen|schon gelesen|te puede interesar|también te puede interesar|lea también|vea también|czytaj też|czytaj także|zobacz też|zobacz także|leggi anche|leia também|das thema könnte (dich|sie) auch interessieren|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|entdecken sie jetzt|noch mehr infos für dich|ähnliche beiträge|ähnliche artikel|verwandte artikel|weitere beiträge|articles similaires|vous aimerez aussi|artículos relacionados|noticias relacionadas|articoli correlati|potrebbe interessarti anche|podobne artykuły)$/',
      ],
    },
    { attr: '\\b(related|recommended|recirc|more[-_]?stories|trending|most[-_]?(read|popular)|read[-_]?next|up[-_]?next)\\b' },
  ],
};
