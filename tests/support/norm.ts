/** Compares texts as a reader would: curly or straight quotes, dash kinds, spacing and case do not matter. */
export const norm = (s: string): string =>
  s.replace(/[‘’‛`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
