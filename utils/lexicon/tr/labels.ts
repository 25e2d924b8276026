// Turkish labels a page writes over a block: a paid placement's, or a box of related stories'. In
// foldKey's form, the dotless ı kept ("öne çıkanlar" is "one cıkanlar").
import type { LabelWords } from '../types';

export const labels: LabelWords = {
  sponsored: ['reklam', 'sponsorlu', 'sponsorlu icerik', 'sponsor', 'ilan', 'tanıtım'],
  sponsoredLead: ['reklam', 'sponsorlu'],
  sponsoredBy: [],
  related: [
    'ilgili haberler', 'benzer haberler', 'bunlar da ilginizi cekebilir', 'ilginizi cekebilir',
    'ilginizi cekebilecek haberler', 'diger haberler', 'daha fazla haber', 'son haberler', 'son dakika haberleri',
    'en cok okunanlar', 'cok okunanlar', 'en cok okunan haberler', 'editorun secimi', 'one cıkanlar',
    'onerilen haberler', 'sizin icin sectiklerimiz', 'yazarın diger yazıları',
  ],
  reading: ['kaynakca', 'kaynaklar', 'dipnotlar', 'notlar', 'referanslar', 'dıs baglantılar'],
};
