// Spanish's commonest function words, for the share of them in a block: running prose is about one
// third function words; menus, bylines and link lists have almost none (the second opinion's evidence).
export const proseWords: string[] = [
  'a', 'al', 'algo', 'como', 'con', 'cuando', 'de', 'del', 'desde', 'donde', 'dos', 'el',
  'ella', 'ellos', 'en', 'entre', 'era', 'es', 'esa', 'ese', 'esta', 'este', 'está', 'están',
  'fue', 'ha', 'han', 'hasta', 'hay', 'la', 'las', 'le', 'les', 'lo', 'los', 'más',
  'me', 'mi', 'muy', 'ni', 'no', 'nos', 'o', 'para', 'pero', 'por', 'porque', 'que',
  'qué', 'se', 'ser', 'si', 'sin', 'sobre', 'son', 'su', 'sus', 'también', 'te', 'todo',
  'todos', 'tu', 'un', 'una', 'uno', 'unos', 'y', 'ya',
];
