// Whether a page's own address names one item (a story, a post, a product) rather than a section,
// a topic, a landing page or a home page. A page that declares itself a "website" or holds a short
// text among many story links is a listing only when its address agrees: many sites declare every
// page a "website", and a short post or a video page with a long sidebar of links is still one item.
import type { PageMeta } from './metadata';
import { isArticleLikeUrl, resolveUrl } from './related/story-url';

export function namesOneItem(url: string, meta: Pick<PageMeta, 'canonicalUrl'>): boolean {
  // The page's own canonical address says what it is, whatever address it was reached at (a tracking
  // link, a mirror, a test server's path): a town's feed at ".../bend-or" is no item however it was opened.
  const canonical = meta.canonicalUrl ? resolveUrl(meta.canonicalUrl, url) : null;
  if (canonical) return isArticleLikeUrl(canonical);
  const u = resolveUrl(url, url);
  return !!u && isArticleLikeUrl(u);
}
