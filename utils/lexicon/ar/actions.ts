// Arabic link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: ['المزيد', 'عرض المزيد', 'عرض الكل', 'شاهد المزيد', 'التالي', 'السابق'],
  cardLinks: ['اقرأ المزيد', 'اضغط هنا', 'حمل التطبيق', 'اشترك'],
  notSources: ['المزيد', 'مباشر', 'فيديو', 'عاجل', 'حصري', 'رأي', 'تحليل', 'شارك', 'تابع', 'تعليق', 'تعليقات'],
};
