// Vietnamese words that say nothing about a story's subject, in foldWord's form. Folding merges
// syllables ("cổ", "cô" and "có" are all "co"), so only words whose folded form is seldom a subject's
// are listed.
export const stopWords: string[] = [
  'cua', 'va', 'la', 'cac', 'nhung', 'đuoc', 'voi', 'trong', 'khong', 'nay', 'đa', 'mot', 'đe', 'khi', 'theo',
  've', 'đen', 'cung', 'nhu', 'se', 'thi', 'tai', 'vao', 'lai', 'bi', 'do', 'ra', 'hon', 'nen', 'vi', 'hoac',
  'đang', 'sau', 'truoc', 'hay', 'moi', 'video', 'clip',
];
