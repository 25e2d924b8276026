// Hindi words around an author's name ("द्वारा", "लेखक:").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['लेखक', 'रिपोर्ट', 'द्वारा'],
  roles: ['संवाददाता', 'रिपोर्टर', 'संपादक', 'ब्यूरो'],
  rowWords: ['पहले', 'अपडेटेड', 'प्रकाशित', 'आज', 'कल'],
  rowUnits: ['मिनट', 'घंटे', 'घंटा', 'दिन', 'सप्ताह', 'हफ्ते', 'महीने', 'साल'],
  rowMonths: [],
  rowJoiners: ['और', 'द्वारा'],
};
