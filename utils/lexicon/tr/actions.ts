// Turkish link texts that name an action, not a story.
import type { ActionWords } from '../types';

export const actions: ActionWords = {
  listLinks: [
    'tümü', 'tümünü gör', 'hepsini gör', 'tüm haberler', 'daha fazla', 'daha fazla göster', 'daha fazla yükle',
    'devamı', 'sonraki', 'önceki',
  ],
  cardLinks: ['devamını oku', 'haberin devamı', 'devamı için tıklayın', 'detaylar için tıklayın', 'habere git'],
  notSources: [
    'canlı', 'son dakika', 'video', 'foto', 'galeri', 'özel', 'flaş', 'paylaş', 'yorum', 'yorumlar', 'takip et',
    'abone ol',
  ],
};
