// How far through the article the reader is, from where the article sits against the viewport.

export interface ArticleBox {
  /** The article's top and bottom, in the same coordinates as scrollY (page coordinates). */
  top: number;
  bottom: number;
}

/**
 * 0 while the article's top is still at or below where it starts on the page, 1 once its end has
 * come into view; between, the share of the scrollable way. An article that fits in one screen is
 * read as soon as it is shown.
 */
export function readingProgress(scrollY: number, viewportHeight: number, box: ArticleBox): number {
  const way = box.bottom - viewportHeight - box.top;
  if (way <= 0) return 1;
  return Math.min(1, Math.max(0, (scrollY - box.top) / way));
}

/** Whole minutes left at this progress; an article started but not finished never shows 0. */
export function minutesLeft(readingMinutes: number, progress: number): number {
  if (progress >= 1 || readingMinutes <= 0) return 0;
  return Math.max(1, Math.ceil(readingMinutes * (1 - progress)));
}
