// Text access that behaves the same under linkedom, jsdom and a browser: no innerText, no layout,
// script and style contents left out.

import { squashWithZeroWidth } from '../kit/text';
import { describingClassOf } from '../page-index';

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label',
]);
const SPACE = ' ';

/**
 * Answers of visibleText, isTextLeaf and attrHints remembered for one run over a page: a card's title,
 * time, source and summary are each looked for among the same elements, and a list's length is asked
 * again for every list inside it. Make one per run (newTextMemo); the DOM must not change while it is used.
 */
export interface TextMemo {
  text: Map<Node, string>;
  leaf: Map<Element, boolean>;
  hints: Map<Element, string>;
}

export function newTextMemo(): TextMemo {
  return { text: new Map(), leaf: new Map(), hints: new Map() };
}

/** The answer remembered in `table`, else read now and remembered. */
function remembered<K, V>(table: Map<K, V>, key: K, read: (key: K) => V): V {
  const known = table.get(key);
  if (known !== undefined) return known;
  const value = read(key);
  table.set(key, value);
  return value;
}

/**
 * The element's text with scripts and styles skipped, whitespace collapsed. Block boundaries read as
 * spaces, so "Reuters" and "2h" in two divs do not come out as "Reuters2h" (textContent would).
 */
export function visibleText(root: Node, memo: TextMemo): string {
  return remembered(memo.text, root, readVisibleText);
}

function readVisibleText(root: Node): string {
  const parts: string[] = [];
  const stack: (Node | typeof SPACE)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === SPACE) {
      parts.push(' ');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const block = node.nodeType === 1 && !INLINE.has(tagOf(node as Element));
    if (node.nodeType === 1 && SKIP_TEXT.has(tagOf(node as Element))) continue;
    if (block) {
      parts.push(' ');
      stack.push(SPACE);
    }
    // lastChild/previousSibling: linkedom builds a fresh array on every childNodes read.
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return squashWithZeroWidth(parts.join(''));
}

/**
 * Whether the element's raw text (whitespace runs counted as one) is longer than `cap`, walking only
 * as far as needed: a cheap size test on elements that may be huge.
 */
export function textLongerThan(root: Node, cap: number): boolean {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      n += squashWithZeroWidth(node.nodeValue ?? '').length;
      if (n > cap) return true;
      continue;
    }
    if (node.nodeType === 1 && SKIP_TEXT.has(tagOf(node as Element))) continue;
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return false;
}

/** Text of the element's own text nodes, not its descendants'. */
export function ownText(el: Element): string {
  let s = '';
  for (let k = el.firstChild; k; k = k.nextSibling) if (k.nodeType === 3) s += k.nodeValue ?? '';
  return squashWithZeroWidth(s);
}

/** True when no child element carries text: the element is where its text is written. */
export function isTextLeaf(el: Element, memo: TextMemo): boolean {
  return remembered(memo.leaf, el, readIsTextLeaf);
}

function readIsTextLeaf(el: Element): boolean {
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (SKIP_TEXT.has(tagOf(k))) continue;
    if (hasText(k)) return false;
  }
  return true;
}

/** Any non-blank text below `root` (scripts and styles aside)? Stops at the first. */
function hasText(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (/[^\s\u00a0\u200b\u202f\ufeff]/.test(node.nodeValue ?? '')) return true;
      continue;
    }
    if (node.nodeType === 1 && SKIP_TEXT.has(tagOf(node as Element))) continue;
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return false;
}

/** "TitleTitle" or "Title Title" (an overlay and a heading in one element) → "Title". */
export function undouble(text: string): string {
  const t = squashWithZeroWidth(text);
  const n = t.length;
  if (n >= 20) {
    if (n % 2 === 0 && t.slice(0, n / 2) === t.slice(n / 2)) return t.slice(0, n / 2);
    if (n % 2 === 1 && t[(n - 1) / 2] === ' ' && t.slice(0, (n - 1) / 2) === t.slice((n + 1) / 2)) return t.slice(0, (n - 1) / 2);
  }
  return t;
}

/** Class, id, itemprop, data-testid and role of an element, joined, for hints like "title" or "provider". */
export function attrHints(el: Element, memo: TextMemo): string {
  return remembered(memo.hints, el, readAttrHints);
}

function readAttrHints(el: Element): string {
  const parts = [
    describingClassOf(el),
    el.getAttribute('id'),
    el.getAttribute('itemprop'),
    el.getAttribute('data-testid'),
    el.getAttribute('data-test-id'),
    el.getAttribute('role'),
  ];
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/** Whether `inner` is `outer` or inside it (Node.contains, without relying on it in every DOM). */
export function containsNode(outer: Element, inner: Element): boolean {
  for (let el: Element | null = inner; el; el = el.parentElement) if (el === outer) return true;
  return false;
}
