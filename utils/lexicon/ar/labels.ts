// Arabic labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['اعلان', 'إعلان', 'محتوى مدفوع', 'محتوى برعاية', 'برعاية', 'ممول', 'محتوى ممول', 'إعلانات'],
  sponsoredLead: ['إعلان', 'اعلان', 'برعاية', 'ممول'],
  sponsoredBy: ['من'],
  related: [
    'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'أخبار ذات صلة', 'اخبار ذات صلة',
    'مواضيع ذات صلة', 'مقالات ذات صلة', 'قد يهمك', 'قد يهمك أيضا', 'الأكثر قراءة', 'الأكثر مشاهدة',
    'آخر الأخبار', 'المزيد من الأخبار', 'شاهد أيضا', 'تابع أيضا', 'ذات صلة',
  ],
};
