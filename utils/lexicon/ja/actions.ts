// Japanese link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['もっと見る', 'すべて見る', '一覧へ', '次へ', '前へ', '続きを読む'],
  cardLinks: ['続きを読む', '詳しくはこちら', 'アプリで読む', '登録'],
  notSources: ['速報', '動画', 'ライブ', '独自', '解説', '共有', 'フォロー', 'コメント', '写真'],
};
