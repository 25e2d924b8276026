// Japanese labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['広告', 'pr', 'スポンサー', 'スポンサーリンク', 'プロモーション', '提供', 'タイアップ'],
  sponsoredLead: ['広告', 'pr', 'スポンサー'],
  sponsoredBy: ['提供'],
  related: [
    '関連記事', '関連ニュース', 'あわせて読みたい', '併せて読みたい', 'こちらもおすすめ', 'おすすめ記事',
    'おすすめ', '注目記事', 'アクセスランキング', 'ランキング', '最新ニュース', '新着ニュース',
    'よく読まれている記事', '人気記事', '主要ニュース', 'トピックス', '関連リンク',
  ],
  reading: [
    '参考資料', '参考文献', '出典', '脚注', '外部リンク', '参考リンク', '関連資料',
  ],
};
