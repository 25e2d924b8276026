// The pipeline's sanitizer for article HTML, by the allow-list in html-policy.ts. It runs on any
// DOM (browser, linkedom, jsdom), so the pipeline's output is safe wherever it is produced;
// extension pages sanitize again by the same list before showing it.

import { ALLOWED_TAGS, attributeAllowed, DROPPED_TAGS, GLOBAL_ATTRIBUTES } from './html-policy';
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, largestSrcsetCandidate, PICTURE_SOURCE } from './kit/images';
import { safeHttpUrl, safeLinkUrl } from './safe-url';

function isPlaceholder(src: string | null): boolean {
  return !src || /^data:/i.test(src) || /(blank|placeholder|spacer|pixel|transparent|grey|gray|lazy)[^/]*\.(gif|png|svg)/i.test(src);
}

/** Gives lazy-loaded images their real source (before Readability, which drops images without one). */
export function resolveLazyImages(images: Iterable<Element>): void {
  const amps: Element[] = [];
  for (const img of images) {
    if (img.localName === 'amp-img') {
      amps.push(img);
      continue;
    }
    const src = img.getAttribute('src');
    if (!isPlaceholder(src)) continue;
    let real: string | null = null;
    for (const a of LAZY_SRC_ATTRS) if (!real) real = img.getAttribute(a);
    for (const a of LAZY_SRCSET_ATTRS) if (!real) real = largestSrcsetCandidate(img.getAttribute(a));
    if (!real) {
      const source = img.parentElement?.localName === 'picture' ? img.parentElement.querySelector(PICTURE_SOURCE) : null;
      if (source) real = largestSrcsetCandidate(source.getAttribute('srcset') ?? source.getAttribute('data-srcset'));
    }
    if (real) img.setAttribute('src', real);
  }
  // AMP pages carry images as <amp-img>; make them real images so Readability and the sanitizer see them.
  for (const amp of amps) {
    const doc = amp.ownerDocument;
    const img = doc.createElement('img');
    for (const a of ['src', 'alt', 'width', 'height', 'srcset']) {
      const v = amp.getAttribute(a);
      if (v) img.setAttribute(a, v);
    }
    amp.replaceWith(img);
  }
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/**
 * Sanitizes `root`'s subtree in place: comments and other non-content nodes removed, unknown tags
 * unwrapped, dangerous ones dropped with their content, attributes reduced to an allow-list, URLs
 * made absolute (bad ones removed).
 */
export function sanitizeTree(root: Element, baseUrl: string): void {
  dropNonContentNodes(root);
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all) {
    if (!el.isConnected && el.parentNode === null) continue;
    const tag = el.localName;
    if (DROPPED_TAGS.has(tag) || tag.includes(':')) {
      el.remove();
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      // Picture: its <img> carries the image; other unknown elements keep their text.
      unwrap(el);
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      if (!attributeAllowed(tag, attr.name.toLowerCase())) el.removeAttribute(attr.name);
    }
    if (tag === 'a') {
      const href = safeLinkUrl(el.getAttribute('href'), baseUrl, false);
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    } else if (tag === 'img') {
      const src = safeHttpUrl(el.getAttribute('src'), baseUrl);
      const w = Number(el.getAttribute('width'));
      const h = Number(el.getAttribute('height'));
      if (!src || (w > 0 && w <= 2) || (h > 0 && h <= 2)) el.remove();
      else el.setAttribute('src', src);
    } else if (tag === 'blockquote' || tag === 'q') {
      const cite = safeHttpUrl(el.getAttribute('cite'), baseUrl);
      if (cite) el.setAttribute('cite', cite);
      else el.removeAttribute('cite');
    }
  }
  for (const attr of Array.from(root.attributes)) if (!GLOBAL_ATTRIBUTES.includes(attr.name.toLowerCase())) root.removeAttribute(attr.name);
  removeEmptyBlocks(root);
}

/**
 * Removes every node that is neither an element nor text: comments, CDATA sections, processing
 * instructions. Serializers write a comment's data verbatim, and a page can hold one whose data
 * closes it early (`<!-- a --!><img onerror=...> -->` under linkedom's parser, or any data at all
 * through the DOM), so the written HTML would come back as live markup once parsed again.
 */
function dropNonContentNodes(root: Element): void {
  const doomed: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) stack.push(n);
      else if (n.nodeType !== 3) doomed.push(n);
    }
  }
  for (const node of doomed) node.parentNode?.removeChild(node);
}

const EMPTY_REMOVABLE = new Set(['p', 'div', 'span', 'section', 'figure', 'li', 'ul', 'ol', 'a', 'strong', 'em', 'b', 'i', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'aside', 'header', 'figcaption']);

/** Blocks left empty by the filters (a list whose items all went) add only blank space. */
function removeEmptyBlocks(root: Element): void {
  // One post-order walk: an element is empty when nothing below it has text or an image.
  const visit = (el: Element): boolean => {
    let content = false;
    for (let n = el.firstChild; n; ) {
      const next = n.nextSibling;
      if (n.nodeType === 3) {
        if (/\S/.test(n.nodeValue ?? '')) content = true;
      } else if (n.nodeType === 1) {
        const child = n as Element;
        const has = KEEPS_EMPTY.has(child.localName) || visit(child);
        if (!has && EMPTY_REMOVABLE.has(child.localName)) child.remove();
        content ||= has;
      }
      n = next;
    }
    return content;
  };
  visit(root);
}

const KEEPS_EMPTY = new Set(['img', 'br', 'hr', 'table']);
