/** Words as a reader counts them: runs of letters or digits (apostrophes and hyphens join). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
