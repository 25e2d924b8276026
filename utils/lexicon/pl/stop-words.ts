// Polish words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [];
