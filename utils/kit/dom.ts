// DOM climbs by tag name. linkedom compiles a selector string on every closest()/matches() call,
// which costs more than the climb itself when it runs for each element of a page.

/** Whether `el` or an element above it has one of `tags`. */
export function insideTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) if (tags.has(x.localName)) return true;
  return false;
}

/** Is `el` one of `set`, or inside one (a block the filters took out, with everything in it)? */
export function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) if (set.has(x)) return true;
  return false;
}

/**
 * Whether the text below `root` (scripts included, as textContent has it) holds more than `cap`
 * non-blank characters, reading only as far as needed: a cheap "too long" test before squashing
 * textContent, which on a page's outer elements can mean megabytes of inline data.
 */
export function hasMoreCharsThan(root: Node, cap: number): boolean {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const nonBlank = /\S/g;
      const text = node.nodeValue ?? '';
      while (nonBlank.exec(text)) if (++n > cap) return true;
      continue;
    }
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return false;
}

/** Elements that lay out inline: their text runs on with what is beside them. Every other element is a block. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'big', 'tt', 'nobr',
]);

/**
 * The text below `root` as a reader sees it laid out: a block's text is kept apart from the next one
 * by a space (textContent runs "…Amazon" and "Since…" of two paragraphs into "AmazonSince"), a <br>
 * is a space too; whitespace collapsed.
 */
export function laidOutText(root: Node): string {
  const parts: string[] = [];
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      parts.push(' ');
      continue;
    }
    if (node!.nodeType === 3 || node!.nodeType === 4) {
      parts.push(node!.nodeValue ?? '');
      continue;
    }
    if (node!.nodeType === 1) {
      const tag = (node as Element).localName.toLowerCase();
      if (!INLINE_TAGS.has(tag)) {
        parts.push(' ');
        stack.push(null);
      }
    }
    for (let k = node!.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return parts.join('');
}

/** Words a headline's kicker (the short label set above it) has at most: "Hamburger Hafen", "JadeWeserPort". */
const KICKER_WORDS = 5;

/**
 * A heading's text without its kicker: `<h2><span>Hamburger Hafen</span><span>Reederei Nordstern
 * verlegt …</span></h2>`, where the label is its own element, set on its own line by the page's
 * style, and glued to the headline in the text (no space between them). Null when the heading has
 * no such label.
 */
export function headlineWithoutKicker(heading: Element): string | null {
  const kids = Array.from(heading.childNodes).filter((n) => n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')));
  if (kids.length < 2 || kids[0]!.nodeType !== 1 || kids[1]!.nodeType !== 1) return null;
  const first = kids[0]!.textContent ?? '';
  // Glued: nothing, not even a space, between the label and what follows it.
  if (kids[0]!.nextSibling !== kids[1] || /\s$/.test(first) || /^\s/.test(kids[1]!.textContent ?? '')) return null;
  const label = first.trim();
  if (!label || label.split(/\s+/).length > KICKER_WORDS || /[.!?:]$/.test(label)) return null;
  const rest = kids.slice(1).map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
  return rest.length > label.length ? rest : null;
}
