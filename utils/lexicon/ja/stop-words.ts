// Japanese words that say nothing about a story's subject: particles and the filler of headlines.
export const stopWords: string[] = [
  'の', 'に', 'は', 'を', 'が', 'で', 'と', 'も', 'から', 'まで', 'へ', 'や', 'など', 'こと', 'この', 'その',
  '速報', '動画', '写真', '独自', '解説', '最新', 'ニュース', '今日', '昨日',
];
