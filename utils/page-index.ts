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
  /** Nesting depth of the deepest element below root (root is 1). */
  maxDepth: number;
}

/** One element being walked: what its children have added so far, and the next child to read. */
interface Frame {
  el: Element;
  /** Inside a script, style or other element whose text is not read. */
  skipped: boolean;
  len: number;
  p: number;
  /** Its text so far, or null once longer than MAX_INDEXED_TEXT. */
  text: string | null;
  next: ChildNode | null;
}

/**
 * Walks the tree once, without recursion: a hostile page nested thousands of levels deep must not
 * exhaust the stack. Elements are listed on the way down (document order) and their text lengths
 * summed on the way up.
 */
export function indexPage(root: Element): PageIndex {
  const elements: Element[] = [];
  const byTag = new Map<string, Element[]>();
  const len = new Map<Element, number>();
  const pLen = new Map<Element, number>();
  const text = new Map<Element, string>();
  const stack: Frame[] = [];
  let maxDepth = 0;

  const enter = (el: Element, inSkipped: boolean) => {
    elements.push(el);
    const tag = el.localName;
    let list = byTag.get(tag);
    if (!list) byTag.set(tag, (list = []));
    list.push(el);
    stack.push({ el, skipped: inSkipped || SKIP_TEXT.has(tag), len: 0, p: 0, text: '', next: el.firstChild });
    if (stack.length > maxDepth) maxDepth = stack.length;
  };

  enter(root, false);
  let totalP = 0;
  while (stack.length) {
    const f = stack[stack.length - 1];
    const n = f.next;
    if (n) {
      f.next = n.nextSibling;
      if (n.nodeType === 3) {
        if (f.skipped) continue;
        const v = n.nodeValue ?? '';
        f.len += v.length;
        if (f.text !== null) f.text = f.len <= MAX_INDEXED_TEXT ? f.text + v : null;
      } else if (n.nodeType === 1) {
        enter(n as Element, f.skipped);
      }
      continue;
    }
    stack.pop();
    if (f.el.localName === 'p') f.p = f.len;
    len.set(f.el, f.len);
    pLen.set(f.el, f.p);
    if (f.text !== null) text.set(f.el, f.text);
    const parent = stack[stack.length - 1];
    if (!parent) {
      totalP = f.p;
      break;
    }
    if (parent.skipped || SKIP_TEXT.has(f.el.localName)) continue;
    parent.len += f.len;
    parent.p += f.p;
    if (parent.text !== null) parent.text = f.text !== null && parent.len <= MAX_INDEXED_TEXT ? parent.text + f.text : null;
  }
  return { root, elements, byTag, len, pLen, text, totalP, maxDepth };
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

// Atomic CSS gives each element a list of generated names of one to three characters ("nc ad ze gz"):
// such a list says nothing of what the element is, and "ad" there is chance, not an ad slot.
const GENERATED_CLASS_LIST = /^\s*(?:[a-z0-9]{1,3}\s+){2,}[a-z0-9]{1,3}\s*$/;

/** The class attribute when it can describe the element: null for none, and for a list of generated atomic names. */
export function describingClassOf(el: Element): string | null {
  const cls = classOf(el);
  return cls && GENERATED_CLASS_LIST.test(cls) ? null : cls;
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
