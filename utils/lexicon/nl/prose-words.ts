// Dutch's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'aan', 'al', 'als', 'bij', 'dan', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een',
  'en', 'er', 'had', 'heb', 'hebben', 'heeft', 'het', 'hij', 'hoe', 'hun', 'ik', 'in',
  'is', 'je', 'kan', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'na', 'naar', 'niet',
  'nog', 'nu', 'of', 'om', 'ons', 'ook', 'op', 'over', 'te', 'tot', 'uit', 'van',
  'veel', 'voor', 'was', 'wat', 'we', 'werd', 'wij', 'worden', 'wordt', 'zal', 'ze', 'zich',
  'zij', 'zijn', 'zo',
];
