// Chinese link texts that name an action, not a story, simplified and traditional.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [
    '更多', '查看更多', '看更多', '加载更多', '載入更多', '查看全部', '下一页', '下一頁', '上一页', '上一頁',
    '阅读全文', '閱讀全文',
  ],
  cardLinks: ['阅读全文', '閱讀全文', '展开全文', '展開全文', '查看详情', '查看詳情', '打开app', '打開app'],
  notSources: [
    '视频', '視頻', '影音', '直播', '图集', '圖集', '独家', '獨家', '快讯', '快訊', '热', '熱', '置顶', '置頂',
    '头条', '頭條', '分享', '评论', '評論', '关注', '關注', '收藏',
  ],
};
