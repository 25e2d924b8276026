// Turkish words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  've', 'ile', 'bir', 'bu', 'su', 'o', 'da', 'de', 'mi', 'mı', 'mu', 'icin', 'gibi', 'daha', 'en', 'cok', 'ama',
  'fakat', 'ancak', 'veya', 'ya', 'ki', 'ne', 'olarak', 'olan', 'oldu', 'sonra', 'once', 'kadar', 'gore', 'her',
  'tum', 'ise', 'diye', 'var', 'yok', 'iste', 'nasıl', 'neden', 'kim', 'yeni', 'son', 'dakika', 'haber',
  'haberi', 'haberleri', 'video', 'foto', 'galeri', 'canlı', 'flas', 'ozel', 'bugun', 'dun', 'yıl', 'gun',
];
