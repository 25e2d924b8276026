// Korean words of a story's age and date ("3시간 전", "3시간전", "어제").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['초'],
    minute: ['분'],
    hour: ['시간'],
    day: ['일'],
    week: ['주', '주일'],
    month: ['개월', '달'],
    year: ['년'],
  },
  one: ['한'],
  agoBefore: [],
  agoAfter: ['전'],
  now: ['방금', '방금 전', '오늘'],
  yesterday: ['어제'],
  yesterdayAt: [],
  clockAt: [],
  months: [],
  labels: ['입력', '수정', '기사입력', '최종수정', '업데이트'],
};
