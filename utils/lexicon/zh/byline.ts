// Chinese words around an author's name. The role opens the byline, often after the outlet ("记者 张伟",
// "新京报记者 张伟", "記者張三／台北報導"), or follows the name as in Japanese ("张伟 记者").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['作者', '撰文', '撰稿', '文'],
  roles: [
    '记者', '記者', '特约记者', '特約記者', '实习记者', '實習記者', '首席记者', '首席記者', '特派记者', '特派記者',
    '编辑', '編輯', '责任编辑', '責任編輯', '特派员', '特派員', '通讯员', '通訊員', '评论员', '評論員', '实习生',
    '實習生', '撰稿人', '主编', '主編',
  ],
  rowWords: ['前', '刚刚', '剛剛', '今天', '昨天', '发布', '發布', '更新', '来源', '來源'],
  rowUnits: ['秒', '分钟', '分鐘', '小时', '小時', '天', '周', '週', '个月', '個月', '年'],
  rowMonths: [],
  rowJoiners: ['和', '与', '與', '及'],
  // "来源: 新京报" on Sina and NetEase names the outlet that first ran the story.
  credits: ['来源', '來源', '稿源', '文章来源', '文章來源', '本文来源', '本文來源'],
  creditLinks: [],
  publicationJoiners: [],
};
