// Rewrites of a page that change nothing a reader sees. A pipeline that generalises gives the same
// article and stories on each; one tuned to a site's class names or markup habits does not.
import { parseHTML } from 'linkedom';

export type VariantName = 'hashed-names' | 'extra-wrappers' | 'attribute-order' | 'whitespace' | 'b-for-strong';
export const VARIANTS: readonly VariantName[] = ['hashed-names', 'extra-wrappers', 'attribute-order', 'whitespace', 'b-for-strong'];

/** The page rewritten one way, as HTML. */
export function variantOf(html: string, variant: VariantName): string {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const all = Array.from(doc.querySelectorAll('*'));
  switch (variant) {
    case 'hashed-names':
      for (const el of all) hashNames(el);
      break;
    case 'extra-wrappers':
      for (const el of all) if (el.localName === 'div' && el.firstChild) wrapChildren(doc, el);
      break;
    case 'attribute-order':
      for (const el of all) reverseAttributes(el);
      break;
    case 'whitespace':
      respace(doc.documentElement);
      break;
    case 'b-for-strong':
      for (const el of all) if (el.localName === 'strong') rename(doc, el, 'b');
      break;
  }
  const doctype = doc.doctype ? '<!DOCTYPE html>\n' : '';
  return doctype + doc.documentElement.outerHTML;
}

/** A stable meaningless token for a name (FNV-1a), the way CSS-in-JS and minifiers name classes. */
export function hashToken(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return 'x' + h.toString(36);
}

function hashNames(el: Element): void {
  const cls = el.getAttribute('class');
  if (cls !== null) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(hashToken).join(' '));
  const id = el.getAttribute('id');
  if (id) el.setAttribute('id', hashToken(id));
}

function wrapChildren(doc: Document, el: Element): void {
  const wrapper = doc.createElement('div');
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}

function reverseAttributes(el: Element): void {
  const attrs = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
  if (attrs.length < 2) return;
  for (const [name] of attrs) el.removeAttribute(name);
  for (const [name, value] of attrs.reverse()) el.setAttribute(name, value);
}

const KEEP_SPACE = new Set(['pre', 'textarea', 'script', 'style', 'code', 'title']);

/** Every run of whitespace in text becomes a newline and indent, and blocks get whitespace between them. */
function respace(root: Element): void {
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) c.nodeValue = (c.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, '\n   ');
      else if (c.nodeType === 1 && !KEEP_SPACE.has((c as Element).localName)) walk(c);
    }
    if (node.nodeType === 1 && BLOCKS.has((node as Element).localName)) {
      const doc = node.ownerDocument!;
      node.insertBefore(doc.createTextNode('\n\t'), node.firstChild);
      node.appendChild(doc.createTextNode('\n'));
    }
  };
  walk(root);
}

const BLOCKS = new Set(['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'ul', 'ol', 'li', 'p', 'figure']);

function rename(doc: Document, el: Element, tag: string): void {
  const next = doc.createElement(tag);
  for (const a of Array.from(el.attributes)) next.setAttribute(a.name, a.value);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.parentNode!.replaceChild(next, el);
}
