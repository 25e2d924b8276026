// The picture under the headline, with its caption, opens the article for a reader. Themes set it
// apart from the body (WordPress's "post-thumbnail" above "entry-content", a header's figure), and
// Readability joins it to the article only while the wrapper around both scores as content by its
// class names: renamed or wrapped one level deeper, the caption was gone. The evidence here is the
// page's layout, not its names: a <figure> holding one picture, between the headline and where the
// article's body starts on the page, outside what the filters took out, and absent from the content.
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, largestSrcsetCandidate } from './kit/images';
import { insideAny } from './kit/dom';
import { squash } from './kit/text';
import type { PageIndex } from './page-index';
import type { DeckInputs } from './restore-deck';

/** A paragraph this long helps anchor where the article's body starts on the page. */
const MIN_ANCHOR_CHARS = 80;
/** Paragraphs of the body located on the page to find where it starts. */
const BODY_ANCHORS = 2;
/** How much of a paragraph's start is matched on the page. */
const ANCHOR_PREFIX = 60;
/** Text a block on the page may hold beyond that paragraph's (markup's whitespace, a removed teaser). */
const ANCHOR_SLACK = 200;
/** A caption longer than this is a block of text, not a caption. */
const MAX_CAPTION_CHARS = 400;
const PICTURE = 'img, picture, amp-img';
/** A caption line this long tells the caption apart ("Foto: AP" does not). */
const MIN_CAPTION_LINE = 20;
/** Link text this long reads as a headline (a credit link, "AP", is shorter). */
const MIN_HEADLINE_LINK = 20;

/** The deck's inputs but the description and subheading: the content (changed in place), the page's walk, what the filters took out, the headline. */
export type LeadFigureInputs = Pick<DeckInputs, 'content' | 'index' | 'skip' | 'titleElement'>;

/** Puts the page's lead figure into `content`, where the page shows it, when the page has one between headline and body and the content lacks it. */
export function restoreLeadFigure({ content, index, skip, titleElement }: LeadFigureInputs): boolean {
  if (!titleElement) return false;
  const headlineAt = index.elements.indexOf(titleElement);
  if (headlineAt < 0) return false;
  // The body's first two paragraphs on the page: one may be a standfirst set above the picture, which
  // Readability keeps or not by class names.
  const anchors: { el: Element; at: number }[] = [];
  for (const el of proseParagraphs(content)) {
    const at = pageIndexOfText(index, squash(el.textContent), anchors.length ? anchors[anchors.length - 1]!.at : headlineAt);
    if (at >= 0) anchors.push({ el, at });
    if (anchors.length === BODY_ANCHORS) break;
  }
  if (!anchors.length) return false;
  const bodyAt = anchors[anchors.length - 1]!.at;
  const figureAt = index.elements.slice(headlineAt + 1, bodyAt).findIndex((el) => el.localName === 'figure') + headlineAt + 1;
  const figure = figureAt > headlineAt ? index.elements[figureAt]! : null;
  if (!figure || figure.contains(index.elements[bodyAt]!) || insideAny(figure, skip)) return false;
  if (!figure.querySelector(PICTURE) || figure.querySelectorAll('img, amp-img').length > 1) return false;
  const img = figure.querySelector('img, amp-img');
  const caption = squash(figure.textContent);
  // A linked headline inside makes it a promo for another story, not this one's picture.
  const linksAway = Array.from(figure.querySelectorAll('a[href]')).some((a) => squash(a.textContent).length >= MIN_HEADLINE_LINK);
  if (caption.length > MAX_CAPTION_CHARS || linksAway) return false;
  // Already there: the same picture (Readability may have made its address absolute), or a line of
  // its caption (the rest, a photo credit, may have been taken out).
  const src = fileOf(img);
  if (src && Array.from(content.querySelectorAll('img')).some((i) => fileOf(i) === src)) return false;
  const shown = squash(content.textContent);
  if (captionLines(figure).some((line) => shown.includes(line))) return false;
  const doc = content.ownerDocument;
  const copy = (doc.importNode ? doc.importNode(figure, true) : figure.cloneNode(true)) as Element;
  // Readability gives the images it keeps their lazy-loaded source; this copy never passed through it,
  // and its src is often a tiny placeholder of the real picture.
  for (const i of Array.from(copy.querySelectorAll('img'))) {
    let real: string | null = null;
    for (const a of LAZY_SRC_ATTRS) if (!real) real = i.getAttribute(a);
    for (const a of LAZY_SRCSET_ATTRS) if (!real && a !== 'srcset') real = largestSrcsetCandidate(i.getAttribute(a));
    if (real) i.setAttribute('src', real);
  }
  // Where the page shows it: before the first of those paragraphs that comes after it.
  const before = anchors.find((a) => a.at > figureAt)!.el;
  before.parentNode!.insertBefore(copy, before);
  return true;
}

/** The content's paragraphs that read as prose, read only as far as asked: long enough, ending a sentence (a byline row does not). */
function* proseParagraphs(content: Element): Generator<Element> {
  for (const p of Array.from(content.getElementsByTagName('p'))) {
    const t = squash(p.textContent);
    if (t.length >= MIN_ANCHOR_CHARS && /[.!?…"”»)]$/u.test(t)) yield p;
  }
}

/**
 * Where in the walk, after `from`, the first block starting as `text` does sits, or -1. Readability may
 * have made a <div> of it a <p>, and cleaning may change its end.
 */
function pageIndexOfText(index: PageIndex, text: string, from: number): number {
  const start = text.slice(0, ANCHOR_PREFIX);
  const max = text.length * 2 + ANCHOR_SLACK;
  for (let i = from + 1; i < index.elements.length; i++) {
    const el = index.elements[i]!;
    const n = index.len.get(el) ?? 0;
    // Lengths first: only an element of about the right length is read at all.
    if (n < start.length || n > max) continue;
    // Only the opening is compared: squashed, a few times the prefix's length of raw text covers it.
    const raw = index.text.get(el) ?? el.textContent ?? '';
    if (squash(raw.slice(0, start.length * 4)).startsWith(start)) return i;
  }
  return -1;
}


/**
 * The picture's file name, whichever of its sources is read (a lazy page's src is often a tiny
 * placeholder of the same file, and Readability may have made the address absolute).
 */
function fileOf(img: Element | null): string | null {
  if (!img) return null;
  for (const attr of [...LAZY_SRC_ATTRS, 'src']) {
    const v = img.getAttribute(attr);
    if (!v || /^data:/i.test(v)) continue;
    try {
      const name = new URL(v, 'https://page.invalid/').pathname.split('/').pop();
      if (name) return name.toLowerCase();
    } catch {
      // An address that does not parse names nothing.
    }
  }
  return null;
}

/** The caption's lines long enough to tell it by: its whole text, its caption element's, each block's, each run of its own words. */
function captionLines(figure: Element): string[] {
  const parts = [figure, ...Array.from(figure.querySelectorAll('figcaption, p, span, div'))];
  const texts = parts.map((el) => squash(el.textContent));
  for (const el of parts) for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) texts.push(squash(n.nodeValue));
  return texts.filter((t) => t.length >= MIN_CAPTION_LINE);
}
