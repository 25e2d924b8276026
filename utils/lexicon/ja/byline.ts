// Japanese words around an author's name ("記者", "文：").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['文', '筆者', '執筆', '取材'],
  roles: ['記者', '編集委員', '特派員', '論説委員', '編集部'],
  rowWords: ['前', '更新', '配信', '公開', '今日', '昨日'],
  rowUnits: ['秒', '分', '時間', '日', '週間', 'か月', 'ヶ月', '年'],
  rowMonths: [],
  rowJoiners: ['と'],
};
