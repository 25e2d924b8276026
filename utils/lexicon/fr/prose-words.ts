// French's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'à', 'au', 'aussi', 'aux', 'avec', 'avait', 'avoir', 'ce', 'cela', 'ces', 'cet', 'cette',
  'comme', 'dans', 'de', 'des', 'deux', 'donc', 'du', 'elle', 'elles', 'en', 'encore', 'entre',
  'est', 'et', 'été', 'être', 'fait', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur',
  'leurs', 'lui', 'mais', 'me', 'même', 'mes', 'moins', 'ne', 'ni', 'nos', 'notre', 'nous',
  'on', 'ont', 'ou', 'où', 'par', 'pas', 'peut', 'plus', 'pour', 'qu', 'que', 'qui',
  'sa', 'sans', 'se', 'ses', 'si', 'son', 'sont', 'sous', 'sur', 'ta', 'te', 'tous',
  'tout', 'toute', 'très', 'tu', 'un', 'une', 'vous', 'y',
];
