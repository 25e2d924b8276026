// Italian's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'a', 'ad', 'al', 'alla', 'alle', 'anche', 'che', 'chi', 'ci', 'come', 'con', 'cui',
  'da', 'dal', 'dalla', 'degli', 'dei', 'del', 'della', 'delle', 'di', 'e', 'è', 'essere',
  'gli', 'ha', 'hanno', 'i', 'il', 'in', 'io', 'la', 'le', 'lo', 'loro', 'ma',
  'mi', 'molto', 'ne', 'nel', 'nella', 'non', 'o', 'per', 'più', 'può', 'quando', 'quella',
  'questa', 'questo', 'se', 'si', 'sono', 'su', 'sua', 'sue', 'suo', 'suoi', 'tra', 'tutti',
  'un', 'una', 'uno',
];
