// The pipeline already sanitizes; the page sanitizes again because it is the last line before HTML
// meets an extension page (which holds the extension's privileges).
import DOMPurify from 'dompurify';

let hooked = false;

function addHooks(): void {
  if (hooked) return;
  hooked = true;
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

export function sanitizeArticleHtml(html: string, doc: Document = document): DocumentFragment {
  addHooks();
  const fragment = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style'],
    ALLOW_DATA_ATTR: false,
    // Prefixes ids and names so article content cannot collide with the page's own ids.
    SANITIZE_NAMED_PROPS: true,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  // One <article> on the page: nested ones from the source become plain sections.
  for (const nested of Array.from(fragment.querySelectorAll('article'))) {
    const section = doc.createElement('section');
    section.append(...Array.from(nested.childNodes));
    nested.replaceWith(section);
  }
  return fragment;
}
