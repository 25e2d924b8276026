// Turkish words around an author's name ("Muhabir: Ahmet Yılmaz", "Ahmet Yılmaz - Ankara Muhabiri").
import type { BylineWords } from '../types';

export const byline: BylineWords = {
  prefixes: ['yazan', 'yazar', 'muhabir'],
  roles: ['muhabir', 'muhabiri', 'editör', 'editörü', 'köşe yazarı', 'yazar', 'yazarı', 'temsilcisi', 'stajyer'],
  rowWords: [
    'önce', 'az önce', 'bugün', 'dün', 'saat', 'güncelleme', 'giriş', 'yayınlanma', 'oluşturulma', 'tarihi',
    // Weekdays of a dateline ("12 Mart 2025 Çarşamba").
    'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  ],
  rowUnits: ['sn', 'saniye', 'dk', 'dakika', 'saat', 'gün', 'hafta', 'ay', 'yıl'],
  rowMonths: ['oca', 'şub', 'mar', 'nis', 'may', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara'],
  rowJoiners: ['ve', 'ile'],
  // "Kaynak: AA" closes a story taken from an agency or another paper.
  credits: ['kaynak'],
  creditLinks: [],
  publicationJoiners: [],
};
