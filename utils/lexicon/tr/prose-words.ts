// Turkish's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  've', 'bir', 'bu', 'şu', 'o', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'en', 'ne', 'gibi', 'ama',
  'ancak', 'fakat', 'ki', 'mi', 'kadar', 'sonra', 'önce', 'olan', 'her', 'ya', 'veya', 'ise', 'değil', 'var',
  'yok', 'oldu', 'olduğu', 'göre', 'ayrıca', 'diye', 'bunu', 'bunun', 'onun', 'şekilde', 'tarafından',
  'üzerine', 'sadece', 'hem', 'yani', 'çünkü', 'eğer', 'bile', 'aynı', 'kendi', 'tüm', 'biz', 'ben', 'sen',
];
