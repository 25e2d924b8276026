// A copy of the page without the blocks the pipeline takes out. The stages before Readability only
// read the page; what they decide to remove is simply never copied. On aggregator pages that is
// most of the page (about 60% of the elements on the benchmark pages), and copying it only to
// remove it again would cost more than anything but Readability itself.
//
// Hostile depth. Readability slows down with the cube of a page's depth under linkedom (a
// 2,000-level chain of empty <div>s takes it 46 s), and jsdom's own deep clone and removal recurse
// until the stack runs out. Real pages stay shallow: on the 218 benchmark pages the deepest element
// is 51 levels down and the longest chain of wrappers with one child each is 10. So a page deeper
// than SHALLOW is copied node by node with such chains cut short, and one still deeper than
// MAX_READ_DEPTH after that is not handed to Readability at all (extract-page.ts says why).

/** Deeper than any benchmark page: copied node by node, wrapper chains cut. */
export const SHALLOW = 64;
/** Wrappers with a single child, one inside the other, kept of a longer chain (the ones nearest its content). */
export const MAX_WRAPPER_CHAIN = 16;
/** Deepest nesting handed to Readability (eight times the deepest benchmark page). */
export const MAX_READ_DEPTH = 400;
/** Never skipped as part of a chain: the copy keeps its <html>, <head> and <body>. */
const FRAME = new Set(['html', 'head', 'body']);

/**
 * Clones `doc` leaving out every element of `drop` (with its subtree). Subtrees without a dropped
 * element are cloned in one deep call; only their ancestors are copied one by one. With
 * `cutChains`, every node is copied one by one and chains of single-child wrappers longer than
 * MAX_WRAPPER_CHAIN lose their middle. Iterative either way.
 */
export function clonePruned(doc: Document, drop: ReadonlySet<Element>, cutChains = false): Document {
  const onPath = new Set<Node>();
  for (const el of drop) for (let a = el.parentNode; a && !onPath.has(a); a = a.parentNode) onPath.add(a);
  const out = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  if (!root || drop.has(root)) return out;
  const stack: [Node, Node][] = [[root, out]];
  while (stack.length) {
    let [node, into] = stack.pop()!;
    if (!cutChains && !onPath.has(node)) {
      into.appendChild(node.cloneNode(true));
      continue;
    }
    if (cutChains && node.nodeType === 1 && !FRAME.has((node as Element).localName.toLowerCase())) node = pastLongChain(node as Element, drop);
    const shell = into.appendChild(node.cloneNode(false));
    // Pushed last child first, so children are appended in document order.
    for (let k = node.lastChild; k; k = k.previousSibling) if (!drop.has(k as Element)) stack.push([k, shell]);
  }
  return out;
}

/**
 * Where to go on from `el`: itself, or, when a chain of more than MAX_WRAPPER_CHAIN single-child
 * wrappers starts here, the wrapper MAX_WRAPPER_CHAIN - 1 levels above the chain's bottom is
 * skipped to, so only that many of the chain are copied.
 */
function pastLongChain(el: Element, drop: ReadonlySet<Element>): Element {
  const chain: Element[] = [el];
  for (let c = onlyChild(el, drop); c; c = onlyChild(c, drop)) chain.push(c);
  return chain.length > MAX_WRAPPER_CHAIN ? chain[chain.length - MAX_WRAPPER_CHAIN] : el;
}

/** The single child element of a wrapper that holds nothing else (no text), or null. */
function onlyChild(el: Element, drop: ReadonlySet<Element>): Element | null {
  let only: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (drop.has(n as Element)) continue;
      if (only) return null;
      only = n as Element;
    } else if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return null;
  }
  return only;
}

/** Depth of the deepest element below `root` (root is 1), without recursion. */
export function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}
