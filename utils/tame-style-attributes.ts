// linkedom parses a style attribute, when its `style` is read, by splitting it on /\s*;\s*/: each
// start in a long run of whitespace rescans the whole run, so the work grows with the square of the
// run (200 KB of spaces in one attribute took Readability, which reads `style.display` on every
// node, 35 s). CSS treats any run of whitespace outside strings as one space, so collapsing the
// runs changes no declaration Readability reads, and the split becomes linear.

/** Collapses every run of whitespace in the style attributes of `doc`, in place (run it on our copy only). */
export function tameStyleAttributes(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[style]'))) tameStyle(el);
}

/** Collapses the whitespace runs of `el`'s style attribute longer than `minLength`, in place. */
export function tameStyle(el: Element, minLength = 0): void {
  const style = el.getAttribute?.('style');
  if (style && style.length > minLength && /\s\s/.test(style)) el.setAttribute('style', style.replace(/\s+/g, ' '));
}
