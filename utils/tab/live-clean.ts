// "Clean this page too": clutter on the live page is hidden by an inline `display: none !important`,
// so the site's own scripts keep every node they hold references to. Which elements are ours is
// kept in this script's memory (a Map of each element to its own style attribute), never in the
// page: switching off puts every style attribute back byte for byte, and the page's attributes,
// even ones named like an extension's, are never read nor removed.
import { OVERLAY_SHARE } from './covers-text';

export interface LiveMarks {
  /** Hides `elements` (never the page's root containers); returns how many were newly hidden. */
  hide(elements: Element[]): number;
  /** Shows every element hidden here again, with its style attribute as it was. */
  unhideAll(): void;
  /** How many elements are hidden now. */
  readonly count: number;
}

/** Each marked element's style attribute before we wrote (null: it had none), and what we wrote. */
type Remembered = Map<Element, { original: string | null; written: string }>;

function setImportant(marks: Remembered, el: Element, property: string, value: string): void {
  const style = (el as HTMLElement).style;
  // Marked twice: what the page had is still the first original, not our own first write.
  const original = marks.has(el) ? marks.get(el)!.original : el.getAttribute('style');
  style.setProperty(property, value, 'important');
  marks.set(el, { original, written: el.getAttribute('style') ?? '' });
}

function restore(marks: Remembered, property: string, value: string): void {
  for (const [el, { original, written }] of marks) {
    if (el.getAttribute('style') === written) {
      if (original === null) el.removeAttribute('style');
      else el.setAttribute('style', original);
    } else {
      // The site restyled it since: take back only our own declaration, keep theirs.
      const style = (el as HTMLElement).style;
      if (style.getPropertyValue(property) === value && style.getPropertyPriority(property) === 'important') style.removeProperty(property);
    }
  }
  marks.clear();
}

/** Drawn fixed over a large share of the window: a modal or a wall, which sites pair with a scroll lock. */
function isLargeOverlay(el: Element, win: Window | null): boolean {
  if (!win || win.getComputedStyle(el).position !== 'fixed') return false;
  const r = el.getBoundingClientRect();
  const w = Math.max(0, Math.min(r.right, win.innerWidth) - Math.max(r.left, 0));
  const h = Math.max(0, Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0));
  return w * h >= OVERLAY_SHARE * win.innerWidth * win.innerHeight;
}

export function createLiveMarks(doc: Document): LiveMarks {
  const hidden: Remembered = new Map();
  // The root and body, when hiding a modal left the page locked against scrolling.
  const unlocked: Remembered = new Map();
  const win = doc.defaultView;

  /** The site locked scrolling while its modal is open; with the modal hidden, the reader must scroll again. */
  const unlockScroll = () => {
    for (const root of [doc.documentElement, doc.body]) {
      if (!root || !win) continue;
      const overflow = win.getComputedStyle(root).overflowY;
      if (overflow === 'hidden' || overflow === 'clip') setImportant(unlocked, root, 'overflow', 'visible');
    }
  };

  return {
    hide(elements) {
      let count = 0;
      let overlay = false;
      for (const el of elements) {
        // Never hide the page's root containers: a wrong rule must not blank the page.
        if (el === doc.documentElement || el === doc.body || el === doc.head || hidden.has(el)) continue;
        if (!(el as HTMLElement).style) continue;
        overlay ||= isLargeOverlay(el, win);
        setImportant(hidden, el, 'display', 'none');
        count++;
      }
      if (overlay) unlockScroll();
      return count;
    },
    unhideAll() {
      restore(hidden, 'display', 'none');
      restore(unlocked, 'overflow', 'visible');
    },
    get count() {
      return hidden.size;
    },
  };
}
