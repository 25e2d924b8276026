// Italian words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'a', 'ad', 'al', 'alla', 'alle', 'allo', 'agli', 'ai', 'anche', 'che', 'chi', 'ci', 'come', 'con', 'da',
  'dal', 'dalla', 'dei', 'del', 'della', 'delle', 'dello', 'degli', 'di', 'dopo', 'e', 'ed', 'gli', 'ha',
  'hanno', 'i', 'il', 'in', 'la', 'le', 'lo', 'ma', 'mi', 'ne', 'nei', 'nel', 'nella', 'non', 'o', 'per',
  'piu', 'poi', 'quale', 'quando', 'questa', 'questo', 'se', 'sei', 'si', 'sono', 'su', 'sua', 'sue', 'sui',
  'sul', 'sulla', 'suo', 'tra', 'tutti', 'un', 'una', 'uno', 'anni', 'anno', 'giorno', 'oggi', 'ieri', 'nuovo',
  'nuova', 'video', 'foto', 'diretta',
];
