// Chinese words that say nothing about a story's subject, simplified and traditional: particles and the
// filler of headlines.
export const stopWords: string[] = [
  '的', '了', '在', '是', '和', '与', '與', '及', '也', '都', '将', '將', '把', '被', '对', '對', '为', '為',
  '从', '從', '这', '這', '等', '视频', '視頻', '图', '圖', '快讯', '快訊', '独家', '獨家', '最新', '新闻', '新聞',
  '突发', '突發', '今天', '昨天', '今日',
];
