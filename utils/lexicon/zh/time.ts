// Chinese words of a story's age and date, simplified and traditional ("3小时前", "5分鐘前", "昨天").
// Dates with 年/月/日 are read by relative-time.ts itself.
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['秒', '秒钟', '秒鐘'],
    minute: ['分钟', '分鐘', '分'],
    hour: ['小时', '小時', '钟头', '鐘頭'],
    day: ['天', '日'],
    week: ['周', '週', '星期'],
    month: ['个月', '個月'],
    year: ['年'],
  },
  one: [],
  agoBefore: [],
  agoAfter: ['前', '以前'],
  now: ['刚刚', '剛剛', '刚才', '剛才', '今天', '今日'],
  yesterday: ['昨天', '昨日'],
  yesterdayAt: [],
  clockAt: [],
  months: [],
  labels: [
    '发布时间', '發布時間', '發佈時間', '更新时间', '更新時間', '发表时间', '發表時間', '发布于', '發布於', '發佈於',
    '发表于', '發表於', '时间', '時間', '发布', '發布', '發佈', '更新',
  ],
};
