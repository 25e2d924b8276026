// English words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'ago', 'all', 'also', 'am', 'amid', 'among', 'an', 'and',
  'any', 'are', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but',
  'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from',
  'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in',
  'into', 'is', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'my', 'no', 'nor', 'not', 'now', 'of',
  'off', 'on', 'once', 'only', 'or', 'other', 'our', 'out', 'over', 'own', 'same', 'she', 'should', 'so',
  'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'very', 'via', 'was', 'we', 'were', 'what', 'when',
  'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'new',
  'says', 'said', 'say', 'tells', 'told', 'report', 'reports', 'reported', 'update', 'updates', 'live',
  'latest', 'watch', 'video', 'photos', 'breaking', 'news', 'today', 'week', 'weeks', 'year', 'years', 'day',
  'days', 'first', 'last', 'next', 'one', 'two', 'three', 'get', 'gets', 'got', 'make', 'makes', 'made', 'may',
  'might', 'must', 'back', 'still', 'top', 'despite', 'set', 'sets', "what's", "here's", "it's", "don't",
  "can't", "won't", 'us', 'vs', 'per', 'ahead', 'near', 'like', 'man', 'woman', 'people', 'time', 'way', "i'm",
  "i've", "i'll", "i'd", "you're", "you've", "we're", "we've", "they're", "he's", "she's", "that's", "there's",
  "let's", "isn't", "aren't", "wasn't", "doesn't", "didn't",
];
