// Japanese words of a story's age and date ("3時間前", "昨日", "3月14日").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['秒'],
    minute: ['分'],
    hour: ['時間'],
    day: ['日'],
    week: ['週間'],
    month: ['か月', 'ヶ月', 'カ月'],
    year: ['年'],
  },
  one: [],
  agoBefore: [],
  agoAfter: ['前'],
  now: ['たった今', '今', '今日'],
  yesterday: ['昨日'],
  yesterdayAt: [],
  clockAt: [],
  months: [],
  labels: ['更新', '配信', '公開'],
};
