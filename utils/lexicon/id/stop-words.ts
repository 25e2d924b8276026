// Indonesian words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'ada', 'adalah', 'agar', 'akan', 'aku', 'anda', 'apa', 'atau', 'bagi', 'bahwa', 'baru', 'banyak', 'bisa',
  'buat', 'dalam', 'dan', 'dari', 'dengan', 'di', 'dia', 'ia', 'ini', 'itu', 'jadi', 'juga', 'kami', 'kamu',
  'karena', 'ke', 'kepada', 'kita', 'lagi', 'lain', 'lebih', 'masih', 'mau', 'mereka', 'oleh', 'pada', 'para',
  'saat', 'sangat', 'saja', 'sampai', 'sebagai', 'secara', 'sejak', 'setelah', 'sudah', 'tak', 'tapi', 'telah',
  'tentang', 'terhadap', 'tersebut', 'tidak', 'untuk', 'yang', 'hari', 'kemarin', 'tahun', 'video', 'foto',
];
