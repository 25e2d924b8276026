// One walk over the page, shared by every stage. In linkedom (and jsdom) each querySelector
// walks the whole tree again; on a 5,000-element page dozens of them cost more than Readability
// itself, so the stages read this index instead.

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
/** Elements whose text is at most this long keep it in the index (phrase matching needs no more). */
export const MAX_INDEXED_TEXT = 300;

export interface PageIndex {
  root: Element;
  /** Every element below root (root included), in document order. */
  elements: Element[];
  byTag: Map<string, Element[]>;
  /** Raw text length of each element, scripts and styles left out. */
  len: Map<Element, number>;
  /** Length of the paragraph (<p>) text inside each element. */
  pLen: Map<Element, number>;
  /** Text of the elements no longer than MAX_INDEXED_TEXT. */
  text: Map<Element, string>;
  totalP: number;
}

export function indexPage(root: Element): PageIndex {
  const elements: Element[] = [];
  const byTag = new Map<string, Element[]>();
  const len = new Map<Element, number>();
  const pLen = new Map<Element, number>();
  const text = new Map<Element, string>();

  // Returns [text length, paragraph length, text or null when longer than the limit].
  const visit = (el: Element, inSkipped: boolean): [number, number, string | null] => {
    elements.push(el);
    const tag = el.localName;
    let list = byTag.get(tag);
    if (!list) byTag.set(tag, (list = []));
    list.push(el);
    const skipped = inSkipped || SKIP_TEXT.has(tag);
    let l = 0;
    let p = 0;
    let s: string | null = '';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (skipped) continue;
        const v = n.nodeValue ?? '';
        l += v.length;
        if (s !== null) s = l <= MAX_INDEXED_TEXT ? s + v : null;
      } else if (n.nodeType === 1) {
        const [cl, cp, cs] = visit(n as Element, skipped);
        if (skipped || SKIP_TEXT.has((n as Element).localName)) continue;
        l += cl;
        p += cp;
        if (s !== null) s = cs !== null && l <= MAX_INDEXED_TEXT ? s + cs : null;
      }
    }
    if (tag === 'p') p = l;
    len.set(el, l);
    pLen.set(el, p);
    if (s !== null) text.set(el, s);
    return [l, p, s];
  };
  const [, totalP] = visit(root, false);
  return { root, elements, byTag, len, pLen, text, totalP };
}

/** Elements of the given tags, in document order per tag. */
export function tagged(index: PageIndex, ...tags: string[]): Element[] {
  return tags.flatMap((t) => index.byTag.get(t) ?? []);
}

/**
 * The class attribute as written. linkedom answers getAttribute('class') by building a token set
 * and joining it again, on every call; the attribute node holds the plain string (in browsers too).
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

/**
 * The page's <body>, found without `document.body`: linkedom's getter creates a head and a body
 * when they are missing, and the caller's document must never change.
 */
export function bodyOf(doc: Document): Element | null {
  for (let c = doc.documentElement?.firstElementChild ?? null; c; c = c.nextElementSibling) if (c.localName === 'body') return c;
  return null;
}

/** Any non-blank text outside scripts and styles? Stops at the first. */
export function hasVisibleText(root: Element): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) return true;
    } else if (node.nodeType === 1 && !SKIP_TEXT.has((node as Element).localName)) {
      for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
    }
  }
  return false;
}
