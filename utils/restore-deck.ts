// The standfirst (deck) under the headline is the article's first words for a reader, but pages often
// set it apart from the body (in the header, in an <h2>, beside the picture), where neither
// Readability nor the density method takes it: it is short, it is no paragraph run, and it is full of
// names. The evidence that a block is the deck and not a promo is strong and cheap: the page declares
// the same text as its description, or the block is a subheading set right after the headline (its
// next sibling: an <h2>, <h3> or <p> of a sentence, with no link; see headline-neighbours.ts); and it sits between the headline and
// the body. Which container Readability takes can hang on class names ("main", "rail"), so without
// this a page's deck would come and go with its stylesheet's naming.
import { insideAny } from './kit/dom';
import { squash } from './kit/text';
import type { PageIndex } from './page-index';

/** Shorter descriptions are labels ("News", a site slogan), not a deck. */
const MIN_DECK_CHARS = 60;
/** A body paragraph this long anchors where the article starts on the page. */
const MIN_ANCHOR_CHARS = 80;

export interface DeckInputs {
  /** The article content (Readability's copy), changed in place. */
  content: Element;
  /** The walk of the page, as read before any removal. */
  index: PageIndex;
  /** What the filters took out: a deck inside one of these stays out. */
  skip: ReadonlySet<Element>;
  /** The page's declared description (og:description, description, JSON-LD). */
  description: string | null;
  /** The headline element on the page, when known: the deck comes after it. */
  titleElement: Element | null;
  /** The subheading set right after the headline (headline-neighbours.ts), read once by the caller. */
  subheading: Element | null;
}

/** Puts the page's deck at the top of `content` when the page shows it before the body and the content lacks it. */
export function restoreDeck({ content, index, skip, description, titleElement, subheading }: DeckInputs): boolean {
  const anchorText = firstParagraphText(content);
  if (!anchorText) return false;
  const shown = squash(content.textContent);
  const declared = squash(description ?? '');
  let deckAt = declared.length >= MIN_DECK_CHARS && !shown.includes(declared) ? innermostWithText(index, declared) : -1;
  let deck = declared;
  if (deckAt < 0) {
    deck = subheading ? squash(subheading.textContent) : '';
    deckAt = subheading && !shown.includes(deck) ? index.elements.indexOf(subheading) : -1;
  }
  if (deckAt < 0) return false;
  const anchorAt = innermostWithText(index, anchorText);
  if (anchorAt <= deckAt || index.elements[deckAt]!.contains(index.elements[anchorAt]!)) return false;
  const deckEl = index.elements[deckAt]!;
  if ((titleElement && index.elements.indexOf(titleElement) > deckAt) || insideAny(deckEl, skip)) return false;
  const p = content.ownerDocument.createElement('p');
  p.textContent = deck;
  const first = content.firstElementChild;
  // Readability wraps the article in one div: the deck goes inside it, before the first block.
  const parent = first && first.localName === 'div' && content.children.length === 1 ? first : content;
  parent.insertBefore(p, parent.firstChild);
  return true;
}

function firstParagraphText(content: Element): string | null {
  for (const p of Array.from(content.querySelectorAll('p'))) {
    const t = squash(p.textContent);
    if (t.length >= MIN_ANCHOR_CHARS) return t;
  }
  return null;
}

/** Raw text may carry this much more than its squashed form (indentation, line breaks). */
const WHITESPACE_SLACK = 2;

/** Where in the walk the first deepest element whose whole text is `text` sits, or -1. */
function innermostWithText(index: PageIndex, text: string): number {
  let found = -1;
  for (let i = 0; i < index.elements.length; i++) {
    const el = index.elements[i]!;
    const n = index.len.get(el) ?? 0;
    // Lengths first: only an element of about the right length is read at all.
    if (n < text.length || n > text.length * WHITESPACE_SLACK + 40) continue;
    if (found >= 0 && !index.elements[found]!.contains(el)) break;
    if (squash(el.textContent) === text) found = i;
  }
  return found;
}
