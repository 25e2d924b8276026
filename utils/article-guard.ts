// The guard that keeps the article itself from being taken for clutter or for a story list: a
// block holding a large share of the page's paragraph text is the article (or its frame).
import type { PageIndex } from './page-index';

/** Pages with less paragraph text than this are too short for shares to mean anything: no block is guarded by share. */
export const MIN_GUARDED_PROSE = 400;
/** Share of the page's paragraph text above which a block is taken to hold the article. */
export const ARTICLE_SHARE = 0.35;

/** True when `el` holds more than `share` of the page's paragraph text, on a page with enough of it to tell. */
export function holdsMuchOfTheProse(index: PageIndex, el: Element, share = ARTICLE_SHARE): boolean {
  return index.totalP > MIN_GUARDED_PROSE && (index.pLen.get(el) ?? 0) > share * index.totalP;
}

/** True when the blocks (none inside another) hold more than `share` of the page's paragraph text between them. */
export function holdMuchOfTheProseTogether(index: PageIndex, blocks: readonly Element[], share = ARTICLE_SHARE): boolean {
  if (index.totalP <= MIN_GUARDED_PROSE) return false;
  let sum = 0;
  for (const el of blocks) sum += index.pLen.get(el) ?? 0;
  return sum > share * index.totalP;
}
