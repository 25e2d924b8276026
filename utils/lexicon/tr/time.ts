// Turkish words of a story's age and date ("3 saat önce", "dün", "12 Mayıs 2025"), as relative-time.ts
// folds them: accents off, but the dotless ı stays ("yıl", "kasım").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['sn', 'saniye'],
    minute: ['dk', 'dakika'],
    hour: ['saat'],
    day: ['gun'],
    week: ['hafta'],
    month: ['ay'],
    year: ['yıl', 'yil', 'sene'],
  },
  one: ['bir'],
  agoBefore: [],
  agoAfter: ['once'],
  now: ['az once', 'simdi', 'bugun'],
  yesterday: ['dun'],
  yesterdayAt: ['saat'],
  clockAt: ['saat'],
  months: [
    ['ocak'],
    ['subat'],
    ['mart'],
    ['nisan'],
    ['mayıs', 'mayis'],
    ['haziran'],
    ['temmuz'],
    ['agustos'],
    ['eylul'],
    ['ekim'],
    ['kasım', 'kasim'],
    ['aralık', 'aralik'],
  ],
  // Longer labels first: "Giriş Tarihi:" must not be read as "Giriş" and a name.
  labels: [
    'son güncelleme', 'güncelleme tarihi', 'güncellenme tarihi', 'oluşturulma tarihi', 'yayınlanma tarihi',
    'yayın tarihi', 'giriş tarihi', 'güncelleme', 'güncellendi', 'yayınlanma', 'giriş',
  ],
};
