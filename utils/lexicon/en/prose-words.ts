// English's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'down', 'even',
  'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here', 'him', 'his', 'how', 'however',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'like', 'made', 'many', 'may',
  'me', 'more', 'most', 'much', 'must', 'my', 'never', 'new', 'no', 'not', 'now', 'of',
  'on', 'one', 'only', 'or', 'other', 'our', 'out', 'over', 'said', 'she', 'should', 'since',
  'so', 'some', 'still', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these',
  'they', 'this', 'those', 'through', 'to', 'too', 'under', 'up', 'very', 'was', 'we', 'were',
  'what', 'when', 'where', 'which', 'while', 'who', 'will', 'with', 'would', 'you', 'your',
];
