// Readability with two of its per-node tests made cheap, answering exactly as the originals do, and
// a way to make it read a page once.
//
// Readability 0.6 asks both tests of every node it walks, and both start by reading the node's whole
// textContent: the body's, then each container's, down the tree. Under linkedom that string is built
// again each time, so on a page of 80,000 elements the two tests alone took 0.6 s of a 2.8 s reading
// (fuzz page 116). Here each reads only as much text as its answer needs.
import { Readability } from '@mozilla/readability';
import { tameStyle } from '../tame-style-attributes';

/** The two private methods we answer for; their originals, kept to compare with in tests. */
interface NodeTests {
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
  /** Readability runs its whole pass again while the article's text is shorter than this. */
  _charThreshold: number;
}

const original = Readability.prototype as unknown as NodeTests;
/** The originals, when this version of Readability has them; otherwise we leave it untouched. */
export const ORIGINAL_TESTS = typeof original._isValidByline === 'function' && typeof original._isElementWithoutContent === 'function'
  ? { isValidByline: original._isValidByline, isElementWithoutContent: original._isElementWithoutContent }
  : null;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Whether `node`'s text has a character other than whitespace: stops at the first one. */
function hasVisibleChar(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      // \S is the complement of the whitespace String.prototype.trim removes.
      if (/\S/.test((child as Text).data)) return true;
    } else if (child.nodeType === ELEMENT_NODE && hasVisibleChar(child)) return true;
  }
  return false;
}

/** Readability's byline test: the cheap attribute and class tests first, the text only when they pass. */
function isValidByline(this: NodeTests, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const bylineLength = (node.textContent ?? '').trim().length;
  return !!bylineLength && bylineLength < 100;
}

/** Readability's empty-element test, reading text only until the first visible character. */
function isElementWithoutContent(this: NodeTests, node: Node): boolean {
  if (node.nodeType !== this.ELEMENT_NODE || hasVisibleChar(node)) return false;
  const el = node as Element;
  return !el.children.length || el.children.length === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
}

type Options<T> = NonNullable<ConstructorParameters<typeof Readability<T>>[1]> & {
  /**
   * Read the page in one pass, whatever it finds. Readability starts again with looser flags each
   * time its article is short, up to four passes, and on a page of 80,000 elements each pass costs
   * a second or more under linkedom. (Its `charThreshold` option cannot say this: 0 means its default
   * of 500, and 1 still retries when a pass finds no text at all, as 40,000 images in the article do.)
   */
  onePass?: boolean;
};

/**
 * Readability reads `node.style` of every node it walks. linkedom parses a style by splitting it on
 * semicolons with the whitespace around them, quadratic in a run of whitespace (tameStyleAttributes collapses the runs in our
 * copy of the page), and Readability makes elements the copy did not have: it parses the text of a
 * <noscript> as HTML. A 240 KB run of tabs that came out of one took 66 s (fuzz page 5056). So a long
 * style has its runs collapsed as Readability comes to it; CSS reads any run as one space.
 */
const LONG_STYLE = 1000;

/** A Readability whose two per-node tests read only the text they need; the rest is Readability's own. */
export class QuickReadability<T = string> extends Readability<T> {
  /** The body whose HTML Readability need not keep (in one pass), or null. */
  private body: HTMLElement | null = null;

  constructor(doc: Document, { onePass, ...options }: Options<T> = {}) {
    super(doc, onePass ? { ...options, charThreshold: 1 } : options);
    const self = this as unknown as NodeTests;
    // No text is shorter than 0 characters, so the first pass stands.
    if (onePass && self._charThreshold === 1) {
      self._charThreshold = 0;
      // Readability keeps the body's HTML to start a retry from (writing it out costs 0.4 s on
      // 70,000 elements); with no retry to come, the body gives it nothing to keep until parse ends.
      this.body = doc.body;
    }
    const isProbablyVisible = self._isProbablyVisible;
    if (typeof isProbablyVisible === 'function') {
      self._isProbablyVisible = function (this: NodeTests, node: Element) {
        // No style attribute, no inline display or visibility: linkedom would build a style object to say so.
        if (!node.hasAttribute('style')) return visibleByAttributes(node);
        tameStyle(node, LONG_STYLE);
        return isProbablyVisible.call(this, node);
      };
    }
    if (!ORIGINAL_TESTS) return;
    self._isValidByline = isValidByline;
    self._isElementWithoutContent = isElementWithoutContent;
  }

  parse() {
    const body = this.body;
    // Read by Readability only as the copy to start a retry from (the other innerHTML it reads
    // belong to embeds and noscripts, never the body).
    if (body) Object.defineProperty(body, 'innerHTML', { get: () => '', configurable: true });
    try {
      return super.parse();
    } finally {
      if (body) delete (body as { innerHTML?: string }).innerHTML;
    }
  }
}

export const QUICK_TESTS = { isValidByline, isElementWithoutContent, visibleByAttributes };

/** Readability's _isProbablyVisible for a node without inline style: its `hidden` and `aria-hidden` tests, as written there. */
function visibleByAttributes(node: Element): boolean {
  if (node.hasAttribute('hidden')) return false;
  if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true') return true;
  const cls = node.className as unknown;
  return !!cls && typeof cls === 'string' && cls.includes('fallback-image');
}
