// Whether a page's own address names one item (a story, a post, a product) rather than a section,
// a topic, a landing page or a home page. A page that declares itself a "website" or holds a short
// text among many story links is a listing only when its address agrees: many sites declare every
// page a "website", and a short post or a video page with a long sidebar of links is still one item.
import type { PageMeta } from './metadata';
import { isArticleLikeUrl, resolveUrl } from './related/story-url';

export function namesOneItem(url: string, meta: Pick<PageMeta, 'canonicalUrl'>): boolean {
  for (const candidate of [meta.canonicalUrl, url]) {
    const u = resolveUrl(candidate, url);
    if (u && isArticleLikeUrl(u)) return true;
  }
  return false;
}
