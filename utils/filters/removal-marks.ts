// The places in the article where the filters acted, as plain data for the view: blocks taken
// out (shown as a marker the reader can open) and blocks of a switched-off filter (shown in the
// text, marked, even where Readability would have dropped them). The view finds each place by
// the anchor element's position among the article HTML's elements, checked by its tag and text.

/** A block one filter decided on. */
export interface MarkedBlock {
  /** Filter pack id. */
  filter: string;
  label: string;
  /** "removed": the filter is on and took it out; "shown": the filter is off and the block is in the view because of that. */
  state: 'removed' | 'shown';
  /** The block's text, whitespace squashed, cut at MARK_TEXT_MAX characters. */
  text: string;
  /** Plain Readability, without our filters, leaves this block out too (false when unknown). */
  readabilityDrops: boolean;
  /** A shown block that is not in the article text: its sanitized HTML, for the view to put back at this place. */
  html?: string;
}

export interface RemovalMark {
  /**
   * The article element the mark follows: its index among the elements of the article HTML in
   * document order (as `querySelectorAll('*')` lists them); -1 puts the mark before the first block.
   */
  after: number;
  /** That element's tag and the first characters of its text, so the view can check it found the right one. */
  tag: string;
  text: string;
  blocks: MarkedBlock[];
}

/** Characters of a block's text a mark carries: enough to read what went, bounded for the message to the popup. */
export const MARK_TEXT_MAX = 600;
/** A shown block's HTML larger than this is cut to its text: a switched-off related list can be a whole sidebar. */
export const MARK_HTML_MAX = 20_000;
/** Marked blocks per page at most; a page with more has its later ones counted but not marked. */
export const MAX_MARKED_BLOCKS = 200;
