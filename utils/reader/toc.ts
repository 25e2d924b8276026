// The table of contents of an article: its headings, in order, with an indent that follows their levels.
// Pure: it reads any ParentNode (the parsed article HTML in the extension, linkedom in the tests).
import { squash } from '../kit/text';

export interface TocEntry {
  /** Position among every h1–h6 of the article, in document order: how the view finds the heading again. */
  index: number;
  /** 0 for the article's top heading level, one more per level below. */
  depth: number;
  text: string;
}

/** Fewer headings than this are no contents worth a panel: the article is short or flat. */
export const TOC_MIN_HEADINGS = 3;
const MAX_TEXT = 120;
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

export function tableOfContents(root: ParentNode): TocEntry[] {
  const found: { index: number; level: number; text: string }[] = [];
  root.querySelectorAll(HEADING_SELECTOR).forEach((h, index) => {
    const text = squash(h.textContent);
    if (text) found.push({ index, level: Number(h.tagName.slice(1)), text: clip(text) });
  });
  if (found.length < TOC_MIN_HEADINGS) return [];
  const top = Math.min(...found.map((f) => f.level));
  let previous = -1;
  return found.map(({ index, level, text }) => {
    // A page that skips a level (h2 then h4) still indents one step, not two: an empty step would read as a gap.
    const depth = Math.min(level - top, previous + 1);
    previous = depth;
    return { index, depth, text };
  });
}

function clip(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1).trimEnd()}…`;
}
