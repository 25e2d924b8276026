// DOM climbs by tag name. linkedom compiles a selector string on every closest()/matches() call,
// which costs more than the climb itself when it runs for each element of a page.

/** Whether `el` or an element above it has one of `tags`. */
export function insideTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) if (tags.has(x.localName)) return true;
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
