// French words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'en', 'et',
  'eux', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'ma', 'mais', 'me', 'meme', 'mes',
  'moi', 'mon', 'ne', 'nos', 'notre', 'nous', 'on', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'se',
  'ses', 'son', 'sur', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une', 'vos', 'votre', 'vous', 'est',
  'sont', 'ete', 'etre', 'avoir', 'a', 'ont', 'fait', 'faire', 'plus', 'moins', 'tres', 'tout', 'tous',
  'toute', 'toutes', 'apres', 'avant', 'depuis', 'entre', 'sans', 'sous', 'chez', 'vers', 'selon', 'contre',
  'pendant', 'comme', 'dont', 'alors', 'aussi', 'encore', 'deja', 'bien', 'ici', 'cela', 'ca', 'c', 'd', 'l',
  'n', 's', 'j', 'm', 't', 'y', 'nouveau', 'nouvelle', 'nouveaux', 'ans', 'an', 'jour', 'jours', 'semaine',
  'annee', 'hier', "aujourd'hui", 'direct', 'video', 'photos',
];
