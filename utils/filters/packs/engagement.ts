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
        'artikel anhören',
        'text to speech',
        'escuchar artículo',
        'écouter l\'article',
        'react',
        'reactions',
        'save',
        'save article',
        'save story',
        'upvote',
        'was this article helpful',
        '/^\\d+(\\.\\d+)?k? (likes?|reactions?)$/',
        // Korean portals' reaction buttons with their counts: "좋아요 85", "후속기사 원해요 23", "쏠쏠정보 21".
        '/^(좋아요|훈훈해요|슬퍼요|화나요|후속기사 원해요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|이 기사를 추천합니다) ?[\\d,.]*$/',
        // Reading-time labels of a meta row: "Lesezeit: 4 Minuten", "5 min read".
        '/^(lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania):? ?(ca\\. )?\\d{1,3} ?(min|min\\.|minute|minuten|minutes|minutos|minuti|minut|minuty)$/',
        '/^\\d{1,3} ?(min|minute|minuten|minutes) (read|lesezeit|de lecture|de lectura)$/',
        '/^ten tekst przeczytasz w (mniej niż )?(\\d{1,3} )?(minut|minuty|minutę)$/',
        '/^how (do|did) you feel about this (article|story)\\??$/',
        '/^(listen to|listen to this) (article|story)( \\d+ min(utes?)?)?$/',
        '/^(add|added) to (your )?(favorites|reading list|saved)$/',
        // View counters and feed-tuning prompts: "2.4K views", "Personalize your feed on Microsoft Start."
        '/^[\\d.,]+ ?[km]? (views|vues|aufrufe|visualizaciones|views so far)$/',
        '/^([^.]{1,80}\\. )?(personali[sz]e|customi[sz]e|tune) your (feed|news feed|newsfeed|news)( on [\\w .&-]{1,30})?$/',
        '/^rate this (article|story)$/',
        // "Join our Space Forums to keep talking space on the latest missions …"
        '/^join (our|the) [\\w .&\'-]{1,30} (forums?|community|discord( server)?) (to|and) .{1,240}$/',
      ],
    },
    { attr: '\\b(reactions?|like[-_]?(button|bar|count)|feedback|ratings?|votes?|bookmark|save[-_]?(button|article|story)|listen[-_]?(button|article)?|audio[-_]?player|text[-_]?to[-_]?speech|tts)\\b' },
  ],
};
