// Portuguese words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'a', 'ao', 'aos', 'as', 'com', 'como', 'da', 'das', 'de', 'do', 'dos', 'e', 'ela', 'ele', 'em', 'entre',
  'era', 'essa', 'esse', 'esta', 'este', 'foi', 'ha', 'isso', 'mais', 'mas', 'na', 'nas', 'no', 'nos', 'o',
  'os', 'ou', 'para', 'pela', 'pelo', 'por', 'que', 'se', 'sem', 'ser', 'seu', 'sua', 'tambem', 'um', 'uma',
  'apos', 'ate', 'sobre', 'contra', 'anos', 'ano', 'dia', 'hoje', 'ontem', 'novo', 'nova', 'video', 'fotos',
];
