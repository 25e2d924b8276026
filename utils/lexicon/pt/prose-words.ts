// Portuguese's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'a', 'ao', 'aos', 'as', 'até', 'com', 'como', 'da', 'das', 'de', 'dela', 'dele',
  'do', 'dos', 'e', 'é', 'ela', 'ele', 'eles', 'em', 'entre', 'era', 'essa', 'esse',
  'esta', 'este', 'está', 'foi', 'há', 'isso', 'já', 'mais', 'mas', 'me', 'muito', 'na',
  'nas', 'não', 'nem', 'no', 'nos', 'o', 'os', 'ou', 'para', 'pela', 'pelo', 'por',
  'que', 'quando', 'se', 'sem', 'ser', 'seu', 'seus', 'sobre', 'sua', 'suas', 'também', 'um',
  'uma', 'uns',
];
