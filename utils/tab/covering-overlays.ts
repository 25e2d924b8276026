// Fixed and sticky boxes that cover the text of the live page: app bars ("4.7★ · Open in App"),
// floating players, comment prompts pinned to the bottom, modals and their backdrops. Found by
// computed style and layout, not by class names, since those are hashed on the sites that have
// them most. Whether one covers the text is covers-text.ts's rule; this file measures.
import { coversText, type Box, type PinnedBox, type Viewport } from './covers-text';

/** A paragraph of at least this many characters is the page's text (a button or a caption is not). */
const TEXT_PARAGRAPH_CHARS = 80;
/** A box holding this share of the text paragraphs (and at least two) is the page itself. */
const ARTICLE_SHARE = 0.25;
/** A row whose text is mostly link text, with this many links, is navigation. */
const NAV_LINKS = 3;
const NAV_LINK_SHARE = 0.6;
/** Pinned content, not chrome: sticky headings and table headers scroll with the text they label. */
const CONTENT_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'summary', 'figcaption']);
const NOT_DRAWN = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);

interface Measured {
  el: Element;
  pinned: PinnedBox;
}

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) return r;
  // A zero-size fixed wrapper drawn by its children: their union is what covers the page.
  const kids = [...el.children].map((c) => c.getBoundingClientRect()).filter((c) => c.width > 0 && c.height > 0);
  if (!kids.length) return r;
  return {
    left: Math.min(...kids.map((k) => k.left)),
    top: Math.min(...kids.map((k) => k.top)),
    right: Math.max(...kids.map((k) => k.right)),
    bottom: Math.max(...kids.map((k) => k.bottom)),
  };
}

function edgeOf(style: CSSStyleDeclaration, box: Box, viewHeight: number): PinnedBox['edge'] {
  // A fixed box's insets read back as pixels even where the site left them auto: where it is drawn tells.
  if (style.position === 'fixed') return box.top <= 1 ? 'top' : box.bottom >= viewHeight - 1 ? 'bottom' : 'none';
  const top = style.top !== 'auto';
  const bottom = style.bottom !== 'auto';
  return top && !bottom ? 'top' : bottom && !top ? 'bottom' : 'none';
}

function isNavigation(el: Element): boolean {
  if (el.matches('nav, header, [role="navigation"], [role="banner"]') || el.querySelector('nav, [role="navigation"]')) return true;
  const links = el.querySelectorAll('a[href]');
  if (links.length < NAV_LINKS) return false;
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  const linked = [...links].reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return total > 0 && linked / total >= NAV_LINK_SHARE;
}

/** The page's text: paragraphs long enough to be prose, as drawn. */
function textParagraphs(body: Element): Element[] {
  return [...body.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length >= TEXT_PARAGRAPH_CHARS);
}

function holdsArticle(el: Element, paragraphs: readonly Element[], headline: Element | null): boolean {
  if (headline && el.contains(headline)) return true;
  const held = paragraphs.filter((p) => el.contains(p)).length;
  return held >= 2 && held >= ARTICLE_SHARE * paragraphs.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Where the text runs across the page: the median edges of the paragraphs outside pinned boxes. */
function textColumn(paragraphs: readonly Element[], pinned: readonly Measured[]): Viewport['column'] {
  const rects = paragraphs
    .filter((p) => !pinned.some((m) => m.el.contains(p)))
    .map((p) => p.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return rects.length ? { left: median(rects.map((r) => r.left)), right: median(rects.map((r) => r.right)) } : null;
}

/** One walk of the drawn tree: the outermost fixed or sticky boxes, measured (a box that is the page is looked into). */
function measurePinned(body: Element, win: Window, skip: ReadonlySet<Element>, paragraphs: readonly Element[]): Measured[] {
  const headline = body.querySelector('h1');
  const found: Measured[] = [];
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode(node) {
      const el = node as Element;
      if (skip.has(el) || NOT_DRAWN.has(el.localName)) return 2; /* FILTER_REJECT: already hidden, or never drawn */
      const style = win.getComputedStyle(el);
      if (style.display === 'none') return 2;
      if ((style.position !== 'fixed' && style.position !== 'sticky') || CONTENT_TAGS.has(el.localName)) return 3; /* FILTER_SKIP */
      // A sticky box with no inset never sticks; a box nobody can see covers nothing (and may be the site's closed menu).
      if (style.position === 'sticky' && style.top === 'auto' && style.bottom === 'auto') return 3;
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) return 2;
      const box = boxOf(el);
      const onScreen = box.right > 0 && box.bottom > 0 && box.left < win.innerWidth && box.top < win.innerHeight;
      // An off-screen fixed box is a closed drawer or a skip link; a sticky one sticks once scrolled to.
      if (style.position === 'fixed' && !onScreen) return 2;
      const article = holdsArticle(el, paragraphs, headline);
      found.push({ el, pinned: { box, edge: edgeOf(style, box, win.innerHeight), navigation: isNavigation(el), holdsArticle: article } });
      return article ? 3 : 2;
    },
  });
  while (walker.nextNode());
  return found;
}

/**
 * The fixed and sticky boxes over the text of the live page, outermost only, leaving out any
 * inside `skip` (blocks already hidden). Needs layout: a document that is not drawn gives none.
 */
export function findCoveringOverlays(doc: Document, skip: ReadonlySet<Element> = new Set()): Element[] {
  const win = doc.defaultView;
  const body = doc.body;
  if (!win || !body || body.getBoundingClientRect().width === 0) return [];
  const paragraphs = textParagraphs(body);
  const measured = measurePinned(body, win, skip, paragraphs);
  if (!measured.length) return [];
  const view: Viewport = { width: win.innerWidth, height: win.innerHeight, column: textColumn(paragraphs, measured) };
  return measured.filter((m) => coversText(m.pinned, view)).map((m) => m.el);
}
