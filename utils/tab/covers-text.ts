// Whether a fixed or sticky box on the live page stands between the reader and the text. Plain
// data in, a yes or no out: the measuring is covering-overlays.ts's job, so the rule reads (and is
// tested) without a browser.

/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A fixed or sticky element as it is drawn now. */
export interface PinnedBox {
  box: Box;
  /** The viewport edge it stays at while the page scrolls ("none": it floats, e.g. a corner player). */
  edge: 'top' | 'bottom' | 'none';
  /** The site's own navigation: a nav or banner landmark, or a row made mostly of links. */
  navigation: boolean;
  /** It holds the headline or a large share of the page's paragraphs: then it is the page, not a bar. */
  holdsArticle: boolean;
}

export interface Viewport {
  width: number;
  height: number;
  /** Where the text runs across the page (the article's paragraphs); null: no paragraphs found, the whole width counts. */
  column: { left: number; right: number } | null;
}

/** A box over this share of the viewport is an overlay (a modal, a wall, its backdrop) wherever it sits. */
export const OVERLAY_SHARE = 0.3;
/** Hairlines (a reading-progress bar, a coloured rule) cover no words. */
export const HAIRLINE_PX = 8;
/** A site's navigation bar at the top is its own chrome up to this share of the viewport's height. */
export const THIN_NAV_SHARE = 0.12;
/** Horizontal overlap with the text column that covers words of every line (less is a margin box drawn a little wide). */
export const COVER_OVERLAP_PX = 48;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The share of the viewport the box is drawn over. */
export function viewportShare({ box }: PinnedBox, view: Viewport): number {
  const w = overlap(box.left, box.right, 0, view.width);
  const h = overlap(box.top, box.bottom, 0, view.height);
  return view.width > 0 && view.height > 0 ? (w * h) / (view.width * view.height) : 0;
}

export function coversText(pinned: PinnedBox, view: Viewport): boolean {
  const { box } = pinned;
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  if (pinned.holdsArticle || width <= 0 || height <= HAIRLINE_PX) return false;
  if (viewportShare(pinned, view) >= OVERLAY_SHARE) return true;
  // The site's own menu bar: thin, at the top, and what a reader uses to move around the site.
  if (pinned.navigation && pinned.edge === 'top' && height <= THIN_NAV_SHARE * view.height) return false;
  const column = view.column ?? { left: 0, right: view.width };
  // A sticky rail or a box in the margin beside the text hides none of it.
  return overlap(box.left, box.right, column.left, column.right) >= Math.min(COVER_OVERLAP_PX, width / 4);
}
