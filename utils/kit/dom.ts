// DOM climbs by tag name. linkedom compiles a selector string on every closest()/matches() call,
// which costs more than the climb itself when it runs for each element of a page.

/** Whether `el` or an element above it has one of `tags`. */
export function insideTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) if (tags.has(x.localName)) return true;
  return false;
}
