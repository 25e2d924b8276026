// "Clean this page too": clutter on the live page is hidden by an inline `display: none !important`,
// so the site's own scripts keep every node they hold references to. Which elements are ours is
// kept in this script's memory (a Map of each element to its own style attribute), never in the
// page: switching off puts every style attribute back byte for byte, and the page's attributes,
// even ones named like an extension's, are never read nor removed.

export interface LiveMarks {
  /** Hides `elements` (never the page's root containers); returns how many were newly hidden. */
  hide(elements: Element[]): number;
  /** Shows every element hidden here again, with its style attribute as it was. */
  unhideAll(): void;
  /** How many elements are hidden now. */
  readonly count: number;
}

export function createLiveMarks(doc: Document): LiveMarks {
  /** Element → its style attribute before we hid it (null: it had none), and what we wrote. */
  const hidden = new Map<Element, { original: string | null; written: string }>();
  return {
    hide(elements) {
      let count = 0;
      for (const el of elements) {
        // Never hide the page's root containers: a wrong rule must not blank the page.
        if (el === doc.documentElement || el === doc.body || el === doc.head || hidden.has(el)) continue;
        const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
        if (!style) continue;
        const original = el.getAttribute('style');
        style.setProperty('display', 'none', 'important');
        hidden.set(el, { original, written: el.getAttribute('style') ?? '' });
        count++;
      }
      return count;
    },
    unhideAll() {
      for (const [el, { original, written }] of hidden) {
        if (el.getAttribute('style') === written) {
          if (original === null) el.removeAttribute('style');
          else el.setAttribute('style', original);
        } else {
          // The site restyled it since: take back only our own declaration, keep theirs.
          const style = (el as HTMLElement).style;
          if (style.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important') style.removeProperty('display');
        }
      }
      hidden.clear();
    },
    get count() {
      return hidden.size;
    },
  };
}
