// "Clean this page too": clutter on the live page is hidden by an attribute and one stylesheet, so it
// is reversible and the site's own scripts keep every node they hold references to.

export const HIDDEN_ATTR = 'data-clear-news-hidden';
const STYLE_ATTR = 'data-clear-news-style';

export function hideElements(doc: Document, elements: Element[]): number {
  if (!doc.querySelector(`style[${STYLE_ATTR}]`)) {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = `[${HIDDEN_ATTR}] { display: none !important; }`;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  let count = 0;
  for (const el of elements) {
    // Never hide the page's root containers: a wrong rule must not blank the page.
    if (el === doc.documentElement || el === doc.body || el === doc.head) continue;
    if (!el.hasAttribute(HIDDEN_ATTR)) {
      el.setAttribute(HIDDEN_ATTR, '');
      count++;
    }
  }
  return count;
}

export function unhideAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.removeAttribute(HIDDEN_ATTR);
  doc.querySelector(`style[${STYLE_ATTR}]`)?.remove();
}
