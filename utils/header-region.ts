// The headline's surroundings: the rows between the page's own header and the article's first
// paragraph, where a page shows who published the story, who wrote it and when. A card's source
// or a "Source: …" credit further down is something else, so the region stops at that paragraph.
import { type PageIndex } from './page-index';
import { insideTag } from './kit/dom';

const NOT_HEADER_ROWS = new Set(['li', 'nav', 'footer', 'figure', 'figcaption']);

/** Paragraph text this long opens the article: the region ends there. */
const FIRST_PARAGRAPH = 100;
/** Elements read on each side of the headline: rows by it are close in document order, and a page nested thousands deep stays cheap to read. */
const REACH = 300;

/** The elements of the region around the headline, in document order; empty without a headline. */
export function headerRegion(index: PageIndex, titleElement: Element | null): Element[] {
  if (!titleElement) return [];
  const els = index.elements;
  const titleAt = els.indexOf(titleElement);
  let limit = Math.min(els.length, titleAt + REACH);
  for (let i = titleAt + 1; i < limit; i++) {
    if (els[i].localName === 'p' && (index.len.get(els[i]) ?? 0) >= FIRST_PARAGRAPH) {
      limit = i;
      break;
    }
  }
  const out: Element[] = [];
  for (let i = Math.max(0, titleAt - REACH); i < limit; i++) if (inHeader(els[i], titleElement)) out.push(els[i]);
  return out;
}

/**
 * Near the headline (within a few levels of the same container, so a card's source is not taken),
 * outside lists, navigation and figures, and outside the site's own banner unless the headline is in it.
 */
function inHeader(el: Element, titleElement: Element): boolean {
  if (!precedesOrNear(el, titleElement) || insideTag(el, NOT_HEADER_ROWS)) return false;
  let banner: Element | null = el;
  while (banner && banner.localName !== 'header' && banner.getAttribute('role') !== 'banner') banner = banner.parentElement;
  return !banner || banner.contains(titleElement);
}

function precedesOrNear(el: Element, titleElement: Element): boolean {
  let a: Element | null = titleElement;
  for (let i = 0; a && i < 5; i++, a = a.parentElement) if (a.contains(el)) return true;
  return false;
}
