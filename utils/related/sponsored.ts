// How a card admits it is paid for: a label written on it, an ad-ish attribute, or a click-out link.

import { foldKey } from '../kit/text';
import { alternation, wordsOfAllLanguages } from '../lexicon';
import { attrHints, isTextLeaf, tagOf, visibleText, type TextMemo } from './dom-text';
import { isAdUrl, resolveUrl } from './story-url';

// Whole label texts, in foldKey's form, in every language we read.
const LABELS = new Set(wordsOfAllLanguages((l) => l.labels.sponsored));
// Labels that lead a longer line: "Sponsored · Brand", "Ad · example.com", "Promoted by Acme", "Anzeige: ...".
const LEADING_LABEL = new RegExp(
  `^(?:${alternation(wordsOfAllLanguages((l) => l.labels.sponsoredLead))})\\s*(?:[·•|:–—-]|(?:${alternation(wordsOfAllLanguages((l) => l.labels.sponsoredBy))})\\b)`,
  'i',
);

const AD_TOKEN = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|sponsored|sponsor|promoted|native-ad|nativead|adslot|ad-slot|adunit|ad-unit|dfp|taboola|outbrain|trc_related_container|ob-widget)(?:$|[\s_-])/;

export function isSponsoredLabel(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  return LABELS.has(foldKey(t)) || LEADING_LABEL.test(t);
}

function hasAdAttributes(el: Element, memo: TextMemo): boolean {
  if (AD_TOKEN.test(attrHints(el, memo))) return true;
  const aria = el.getAttribute('aria-label');
  if (aria && isSponsoredLabel(aria)) return true;
  return el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot') || el.hasAttribute('data-sponsored') ||
    el.hasAttribute('data-google-query-id');
}

/**
 * Whether a card (or a block between cards) is an ad: a label such as "Sponsored" on one of its short
 * texts, an ad marker in its attributes, or a link to an ad network. `elements` are the block's
 * descendants, passed in when the caller already has them; `memo` is the run's (see TextMemo).
 */
export function isSponsoredBlock(block: Element, baseUrl: string, memo: TextMemo, elements?: Element[]): boolean {
  const els = elements ?? Array.from(block.querySelectorAll('*'));
  if (hasAdAttributes(block, memo)) return true;
  for (const el of [block, ...els]) {
    const tag = tagOf(el);
    if (tag === 'a') {
      const u = resolveUrl(el.getAttribute('href'), baseUrl);
      if (u && isAdUrl(u)) return true;
    } else if (tag === 'iframe') {
      const u = resolveUrl(el.getAttribute('src'), baseUrl);
      if (u && isAdUrl(u)) return true;
    }
    if (el !== block && hasAdAttributes(el, memo)) return true;
    if (isTextLeaf(el, memo)) {
      const t = visibleText(el, memo);
      if (t.length > 0 && t.length <= 60 && isSponsoredLabel(t)) return true;
    }
  }
  return false;
}
