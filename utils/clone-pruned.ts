// A copy of the page without the blocks the pipeline takes out. The stages before Readability only
// read the page; what they decide to remove is simply never copied. On aggregator pages that is
// most of the page (about 60% of the elements on the benchmark pages), so copying it and then
// removing it again was the largest single cost after Readability itself.

/**
 * Clones `doc` leaving out every element of `drop` (with its subtree). Subtrees without a dropped
 * element are cloned in one deep call; only their ancestors are copied one by one. Iterative, so a
 * hostile 10,000-deep page does not exhaust the stack.
 */
export function clonePruned(doc: Document, drop: ReadonlySet<Element>): Document {
  const onPath = new Set<Node>();
  for (const el of drop) for (let a = el.parentNode; a && !onPath.has(a); a = a.parentNode) onPath.add(a);
  const out = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  if (!root || drop.has(root)) return out;
  const stack: [Node, Node][] = [[root, out]];
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (!onPath.has(node)) {
      into.appendChild(node.cloneNode(true));
      continue;
    }
    const shell = into.appendChild(node.cloneNode(false));
    // Pushed last child first, so children are appended in document order.
    for (let k = node.lastChild; k; k = k.previousSibling) if (!drop.has(k as Element)) stack.push([k, shell]);
  }
  return out;
}
