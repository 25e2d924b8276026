// Korean words that say nothing about a story's subject: headline labels and filler.
export const stopWords: string[] = [
  '속보', '단독', '종합', '영상', '포토', '뉴스', '오늘', '어제', '및', '등', '위해', '대한', '관련', '이번', '지난',
];
