// A copy of the page as it is shown, web components included. Sites built on custom elements (MSN
// among them) render their article inside open shadow roots, which cloneNode leaves out: the
// snapshot would hold the components' empty shells. Where the page has open shadow roots, the copy
// follows the composed tree instead: a host's shadow content in place of its children, and each
// <slot> filled with the light nodes assigned to it. Closed shadow roots stay out of reach.

/** The document, deep-cloned; through open shadow roots when there are any. */
export function cloneComposed(doc: Document): Document {
  const root = doc.documentElement;
  if (!root || !hasOpenShadowRoot(root)) return doc.cloneNode(true) as Document;
  const out = doc.cloneNode(false) as Document;
  const stack: [Node, Node][] = [[root, out]];
  while (stack.length) {
    const [node, into] = stack.pop()!;
    if (node.nodeType !== 1) {
      if (node.nodeType === 3 || node.nodeType === 4) into.appendChild(node.cloneNode(false));
      continue;
    }
    const el = node as Element;
    const copy = into.appendChild(el.cloneNode(false));
    const kids = composedChildren(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], copy]);
  }
  return out;
}

function composedChildren(el: Element): Node[] {
  const shadow = el.shadowRoot;
  if (shadow && shadow.childNodes.length) return Array.from(shadow.childNodes);
  if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length) return assigned;
  }
  return Array.from(el.childNodes);
}

function hasOpenShadowRoot(root: Element): boolean {
  // Indexed, not copied: this runs on the whole live page at every snapshot.
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i].shadowRoot) return true;
  return root.shadowRoot != null;
}
