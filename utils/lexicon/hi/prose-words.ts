// Hindi's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'का', 'की', 'के', 'में', 'है', 'हैं', 'और', 'को', 'से', 'ने', 'पर', 'यह', 'ये', 'वह', 'वे', 'था', 'थी',
  'थे', 'भी', 'कि', 'एक', 'हो', 'होगा', 'होगी', 'रहा', 'रही', 'रहे', 'लिए', 'तक', 'कहा', 'गया', 'गई',
  'किया', 'करने', 'कर', 'जो', 'इस', 'उस', 'इसके', 'उनके', 'अपने', 'नहीं', 'बाद', 'साथ', 'या', 'लेकिन',
  'तो', 'ही', 'अब', 'जब', 'तब',
];
