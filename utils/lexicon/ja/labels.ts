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
};
