// Spanish words that say nothing about a story's subject: function words and the filler of headlines.
export const stopWords: string[] = [
  'a', 'al', 'algo', 'ante', 'antes', 'como', 'con', 'contra', 'cual', 'cuando', 'de', 'del', 'desde', 'donde',
  'durante', 'e', 'el', 'ella', 'ellas', 'ellos', 'en', 'entre', 'era', 'es', 'esa', 'ese', 'eso', 'esta',
  'este', 'esto', 'estos', 'fue', 'han', 'hasta', 'hay', 'la', 'las', 'le', 'les', 'lo', 'los', 'mas', 'me',
  'mi', 'muy', 'ni', 'no', 'nos', 'o', 'os', 'para', 'pero', 'por', 'que', 'quien', 'se', 'sea', 'segun',
  'ser', 'si', 'sin', 'sobre', 'su', 'sus', 'tambien', 'te', 'tiene', 'tras', 'tu', 'un', 'una', 'uno', 'unos',
  'y', 'ya', 'nuevo', 'nueva', 'anos', 'ano', 'dia', 'dias', 'hoy', 'ayer', 'video', 'fotos', 'directo',
];
