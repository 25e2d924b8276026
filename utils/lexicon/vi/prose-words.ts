// Vietnamese's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'của', 'và', 'là', 'các', 'những', 'được', 'cho', 'với', 'trong', 'không', 'có', 'này', 'đã', 'một', 'để',
  'khi', 'theo', 'từ', 'về', 'đến', 'cũng', 'như', 'sẽ', 'thì', 'nhưng', 'còn', 'nhiều', 'tại', 'ra', 'vào',
  'lại', 'bị', 'do', 'hơn', 'đó', 'nên', 'mà', 'rất', 'nếu', 'vì', 'chỉ', 'hay', 'hoặc', 'đang', 'sau',
  'trước', 'người', 'cả', 'đều', 'vẫn',
];
