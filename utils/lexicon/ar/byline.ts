// Arabic words around an author's name ("بقلم فلان", "كتب: فلان").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['بقلم', 'كتب', 'كتبت', 'كتابة', 'إعداد', 'تقرير'],
  roles: ['مراسل', 'مراسلة', 'محرر', 'محررة', 'صحفي', 'صحفية', 'كاتب'],
  rowWords: ['منذ', 'أمس', 'اليوم', 'تحديث', 'آخر تحديث', 'نشر', 'مساء', 'صباحا', 'م', 'ص'],
  rowUnits: ['دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'أيام', 'أسبوع', 'شهر', 'سنة'],
  rowMonths: [],
  rowJoiners: ['و', 'من', 'عبر', 'المصدر'],
};
