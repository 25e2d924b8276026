// Vietnamese words of a story's age ("3 giờ trước", "hôm qua", "vừa xong"), as relative-time.ts folds
// them: tones and vowel marks off, but đ stays (it has no accent to drop). Dates are numeric
// ("14/03/2025"); month names are two words ("tháng ba"), which a date is not read by.
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['giay'],
    minute: ['phut'],
    hour: ['gio'],
    day: ['ngay'],
    week: ['tuan'],
    month: ['thang'],
    year: ['nam'],
  },
  one: ['mot'],
  agoBefore: [],
  agoAfter: ['truoc'],
  now: ['vua xong', 'vua moi', 'hom nay'],
  yesterday: ['hom qua'],
  yesterdayAt: ['luc'],
  clockAt: ['luc'],
  months: [],
  labels: ['cập nhật lúc', 'cập nhật', 'ngày đăng', 'đăng lúc', 'xuất bản lúc', 'xuất bản'],
};
