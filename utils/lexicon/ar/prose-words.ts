// Arabic's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه',
  'ذلك', 'تلك', 'كان', 'كانت', 'قد', 'لم', 'لن', 'لا', 'ما', 'كما', 'بعد', 'قبل', 'حتى', 'بين', 'عند',
  'أو', 'او', 'ثم', 'هو', 'هي', 'هم', 'كل', 'بعض', 'أي', 'إذا', 'اذا', 'لكن', 'وقال', 'قال', 'وفي', 'ومن',
  'حيث', 'خلال', 'أيضا', 'منذ', 'عام', 'غير', 'نحو', 'فقط', 'يكون', 'وهو', 'وهي', 'به', 'بها', 'له', 'لها',
];
