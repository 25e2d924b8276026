// How a card admits it is paid for: a label written on it, an ad-ish attribute, or a click-out link.

import { attrHints, foldKey, isTextLeaf, tagOf, visibleText } from './dom-text';
import { isAdUrl, resolveUrl } from './story-url';

// Whole label texts (folded: lower case, no accents, no punctuation), in the languages we read.
const LABELS = new Set([
  'sponsored', 'sponsored content', 'sponsored links', 'sponsored link', 'sponsored story', 'sponsored stories',
  'ad', 'ads', 'advertisement', 'advertisements', 'advertising', 'advert', 'adchoices', 'ad choices', 'promoted',
  'promoted content', 'promoted stories', 'promoted links', 'paid', 'paid content', 'paid post', 'paid partner',
  'paid partnership', 'partner content', 'from our partners', 'recommended by', 'sponsorise', 'contenu sponsorise',
  'publicite', 'annonce', 'anzeige', 'werbung', 'gesponsert', 'patrocinado', 'contenido patrocinado', 'publicidad',
  'anuncio', 'sponsorizzato', 'pubblicita', 'contenuto sponsorizzato', 'gesponsord', 'advertentie', 'publicidade',
]);
// Labels that lead a longer line: "Sponsored · Brand", "Ad · example.com", "Promoted by Acme", "Anzeige: ...".
const LEADING_LABEL = /^(?:sponsored|promoted|paid|ad|ads|advertisement|sponsorise|sponsorisé|anzeige|werbung|publicite|publicité|patrocinado|publicidad)\s*(?:[·•|:–—-]|by\b|par\b|von\b|por\b)/i;

const AD_TOKEN = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|sponsored|sponsor|promoted|native-ad|nativead|adslot|ad-slot|adunit|ad-unit|dfp|taboola|outbrain|trc_related_container|ob-widget)(?:$|[\s_-])/;

export function isSponsoredLabel(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  return LABELS.has(foldKey(t)) || LEADING_LABEL.test(t);
}

function hasAdAttributes(el: Element): boolean {
  if (AD_TOKEN.test(attrHints(el))) return true;
  const aria = el.getAttribute('aria-label');
  if (aria && isSponsoredLabel(aria)) return true;
  return el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot') || el.hasAttribute('data-sponsored') ||
    el.hasAttribute('data-google-query-id');
}

/**
 * Whether a card (or a block between cards) is an ad: a label such as "Sponsored" on one of its short
 * texts, an ad marker in its attributes, or a link to an ad network. `elements` are the block's
 * descendants, passed in when the caller already has them.
 */
export function isSponsoredBlock(block: Element, baseUrl: string, elements?: Element[]): boolean {
  const els = elements ?? Array.from(block.querySelectorAll('*'));
  if (hasAdAttributes(block)) return true;
  for (const el of [block, ...els]) {
    const tag = tagOf(el);
    if (tag === 'a') {
      const u = resolveUrl(el.getAttribute('href'), baseUrl);
      if (u && isAdUrl(u)) return true;
    } else if (tag === 'iframe') {
      const u = resolveUrl(el.getAttribute('src'), baseUrl);
      if (u && isAdUrl(u)) return true;
    }
    if (el !== block && hasAdAttributes(el)) return true;
    if (isTextLeaf(el)) {
      const t = visibleText(el);
      if (t.length > 0 && t.length <= 60 && isSponsoredLabel(t)) return true;
    }
  }
  return false;
}
