import type { Article } from './types';

/**
 * The picture shown over the article: the page's lead image, unless the article's own HTML already
 * holds it (Readability often keeps it in the body, and showing it twice wastes the first screen).
 * The reader view and the exports both ask here, so a saved file shows the picture the view showed.
 */
export function shownLeadImage(article: Pick<Article, 'leadImage' | 'contentHtml'>): string | null {
  const lead = article.leadImage;
  if (!lead) return null;
  // Serialized HTML writes "&" in an attribute as "&amp;": a URL with a query is found in either form.
  const inBody = article.contentHtml.includes(lead) || article.contentHtml.includes(lead.replace(/&/g, '&amp;'));
  return inBody ? null : lead;
}
