// Hindi labels a page writes over a block: a paid placement's, or a box of related stories'.
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['विज्ञापन', 'प्रायोजित', 'स्पॉन्सर्ड', 'प्रमोटेड'],
  sponsoredLead: ['विज्ञापन', 'प्रायोजित'],
  sponsoredBy: ['द्वारा'],
  related: [
    'ये भी पढ़ें', 'यह भी पढ़ें', 'ये भी पढें', 'यह भी पढें', 'इसे भी पढ़ें', 'और पढ़ें', 'संबंधित खबरें',
    'संबंधित ख़बरें', 'सम्बंधित खबरें', 'लेटेस्ट खबरें', 'ताज़ा खबरें', 'ताजा खबरें', 'टॉप खबरें',
    'सबसे ज्यादा पढ़ी गई', 'ज़रूर पढ़ें', 'जरूर पढ़ें', 'ये भी देखें', 'यह भी देखें',
  ],
};
