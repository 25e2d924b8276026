// What a page sets right beside its headline, read on the page itself (Readability may have dropped
// the headline from its copy): the label above it (a kicker: "Trasporti", "Local News") and the
// subheading under it (the deck). Which of them Readability's container holds hangs on class names
// and wrappers, so the article's top is cleaned by these texts, not by where its copy starts.
import { squash } from './kit/text';

const SUBHEADING_TAGS = new Set(['h2', 'h3', 'p']);
/** A subheading of fewer words is a label ("Local News", "Live updates"), of more a paragraph set large. */
const MIN_SUBHEADING_WORDS = 6;
const MAX_SUBHEADING_CHARS = 300;
/** A kicker is a label: a few words, no sentence. */
const MAX_KICKER_WORDS = 4;
const MAX_KICKER_CHARS = 40;

/** The headline's next sibling when it is a subheading of a sentence with no link or picture: the deck. */
export function subheadingAfter(titleElement: Element | null): Element | null {
  const next = titleElement?.nextElementSibling;
  if (!next || !SUBHEADING_TAGS.has(next.localName) || next.querySelector('a, img, time')) return null;
  const text = squash(next.textContent);
  if (text.length > MAX_SUBHEADING_CHARS || text.split(' ').length < MIN_SUBHEADING_WORDS) return null;
  // A paragraph there may be a date or byline row ("Updated 10:01 pm PST, Tuesday, November 19,
  // 2019"): as a deck it must read as sentences, ending like one.
  return next.localName !== 'p' || /[.!?…]["”’»)]?$/.test(text) ? next : null;
}

/** The text of the label set right above the headline (its previous sibling, a few words, no link), or null. */
export function kickerBefore(titleElement: Element | null): string | null {
  const prev = titleElement?.previousElementSibling;
  if (!prev || prev.querySelector('a, img, time, h1, h2') || prev.localName === 'a') return null;
  const text = squash(prev.textContent);
  if (!text || text.length > MAX_KICKER_CHARS || text.split(' ').length > MAX_KICKER_WORDS || /[.!?:]$/.test(text)) return null;
  return text;
}
