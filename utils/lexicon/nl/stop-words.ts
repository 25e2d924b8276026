// Dutch words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'aan', 'al', 'als', 'bij', 'dan', 'dat', 'de', 'den', 'der', 'des', 'die', 'dit', 'door', 'een', 'en', 'er',
  'ge', 'had', 'heb', 'heeft', 'het', 'hij', 'hoe', 'hun', 'ik', 'in', 'is', 'ja', 'je', 'kan', 'maar', 'me',
  'met', 'mij', 'na', 'naar', 'niet', 'nog', 'nu', 'of', 'om', 'omdat', 'ons', 'ook', 'op', 'over', 'te',
  'tegen', 'toe', 'tot', 'u', 'uit', 'van', 'veel', 'voor', 'want', 'was', 'wat', 'we', 'wel', 'werd', 'wie',
  'wij', 'wil', 'worden', 'zal', 'ze', 'zich', 'zij', 'zijn', 'zo', 'nieuw', 'nieuwe', 'jaar', 'jaren', 'dag',
  'vandaag', 'gisteren', 'video',
];
