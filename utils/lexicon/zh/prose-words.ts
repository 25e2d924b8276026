// Chinese's commonest function words, simplified and traditional. Chinese writes no spaces, so these count
// only where a page spaces its words (CJK text is scored by cjk-function-chars.ts); listed for completeness.
export const proseWords: string[] = [
  '的', '了', '是', '在', '和', '有', '也', '就', '不', '都', '而', '及', '与', '與', '这', '這', '那', '他',
  '她', '我', '我们', '我們', '他们', '他們', '一个', '一個', '没有', '沒有', '已经', '已經', '可以', '因为',
  '因為', '所以', '但是', '如果', '对', '對', '将', '將', '被', '从', '從', '为', '為', '表示', '认为', '認為',
];
