// The pipeline already sanitizes; the page sanitizes again, by the same allow-list
// (utils/html-policy.ts), because it is the last line before HTML meets an extension page (which
// holds the extension's privileges). DOMPurify does it here: it is built for that boundary.
import DOMPurify, { type Config } from 'dompurify';
import { ALLOWED_TAGS, attributeAllowed, DROPPED_TAGS, GLOBAL_ATTRIBUTES } from '../utils/html-policy';

let hooked = false;

function addHooks(): void {
  if (hooked) return;
  hooked = true;
  // DOMPurify's attribute list is one for all tags; the policy's is per tag.
  DOMPurify.addHook('uponSanitizeAttribute', (node, data) => {
    if (!attributeAllowed(node.nodeName.toLowerCase(), data.attrName.toLowerCase())) data.keepAttr = false;
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
}

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ALLOWED_TAGS.keys()],
  ALLOWED_ATTR: [...new Set([...GLOBAL_ATTRIBUTES, ...[...ALLOWED_TAGS.values()].flat()])],
  ADD_FORBID_CONTENTS: [...DROPPED_TAGS],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/** The article's HTML as nodes to insert into an extension page; an <article> in it is unwrapped, so the page has one. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  addHooks();
  return DOMPurify.sanitize(html, CONFIG);
}
