// Korean's commonest words in running prose. Korean writes particles onto words, so these are the
// free-standing words and endings of reported speech that news prose repeats.
export const proseWords: string[] = [
  '이', '그', '및', '등', '수', '것', '있다', '했다', '밝혔다', '말했다', '전했다', '설명했다', '위해', '대한',
  '통해', '또', '더', '한', '할', '그러나', '하지만', '이번', '지난', '이후', '함께', '따라', '대해', '있는',
  '있도록', '것으로', '것이다', '했다고', '한다고', '예정이다',
];
