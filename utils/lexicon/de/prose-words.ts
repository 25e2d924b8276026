// German's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'aber', 'alle', 'allem', 'allen', 'aller', 'als', 'also', 'am', 'an', 'auch', 'auf', 'aus',
  'bei', 'beim', 'bin', 'bis', 'bist', 'da', 'damit', 'dann', 'das', 'dass', 'dem', 'den',
  'denn', 'der', 'des', 'dich', 'die', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'doch',
  'dort', 'du', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'er', 'es', 'etwa',
  'für', 'gegen', 'hat', 'hatte', 'haben', 'hier', 'ich', 'ihm', 'ihn', 'ihr', 'ihre', 'im',
  'in', 'ins', 'ist', 'ja', 'jedoch', 'kann', 'kein', 'keine', 'können', 'man', 'mehr', 'mich',
  'mit', 'muss', 'nach', 'nicht', 'noch', 'nun', 'nur', 'ob', 'oder', 'ohne', 'schon', 'sehr',
  'sein', 'seine', 'sich', 'sie', 'sind', 'so', 'soll', 'sollen', 'sowie', 'über', 'um', 'und',
  'uns', 'unter', 'vom', 'von', 'vor', 'war', 'waren', 'was', 'weil', 'wenn', 'werden', 'wie',
  'wieder', 'will', 'wir', 'wird', 'wurde', 'wurden', 'zu', 'zum', 'zur', 'zwischen',
];
