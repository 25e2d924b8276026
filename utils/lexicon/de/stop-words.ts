// German words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bin', 'bis', 'bist', 'da', 'damit', 'dann', 'das',
  'dass', 'dem', 'den', 'der', 'des', 'dich', 'die', 'dies', 'diese', 'dieser', 'dieses', 'doch', 'dort', 'du',
  'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'er', 'es', 'etwa', 'fur', 'hat', 'hatte',
  'hier', 'ich', 'ihm', 'ihn', 'ihr', 'ihre', 'im', 'in', 'ist', 'ja', 'jetzt', 'kann', 'kein', 'keine', 'mit',
  'nach', 'nicht', 'noch', 'nun', 'nur', 'ob', 'oder', 'ohne', 'sehr', 'sein', 'seine', 'sich', 'sie', 'sind',
  'so', 'uber', 'um', 'und', 'uns', 'unter', 'vom', 'von', 'vor', 'war', 'waren', 'warum', 'was', 'weil',
  'wenn', 'wer', 'wie', 'wieder', 'wir', 'wird', 'wo', 'zu', 'zum', 'zur', 'neue', 'neuen', 'neuer', 'jahr',
  'jahre', 'tag', 'tage', 'heute', 'gestern', 'live', 'video', 'fotos', 'mehr', 'gegen', 'seit',
];
