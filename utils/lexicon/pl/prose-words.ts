// Polish's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'a', 'aby', 'ale', 'bo', 'był', 'była', 'było', 'były', 'być', 'czy', 'dla', 'do',
  'gdy', 'i', 'ich', 'ja', 'jak', 'jako', 'jednak', 'jego', 'jej', 'jest', 'jeszcze', 'już',
  'każdy', 'która', 'które', 'który', 'ku', 'lub', 'ma', 'mi', 'może', 'na', 'nad', 'nie',
  'nich', 'niż', 'o', 'od', 'oraz', 'po', 'pod', 'przez', 'przy', 'są', 'się', 'so',
  'ta', 'tak', 'tam', 'te', 'tego', 'tej', 'też', 'to', 'tu', 'tylko', 'w', 'we',
  'według', 'więc', 'z', 'za', 'ze', 'że',
];
