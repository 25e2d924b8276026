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
  if (article.contentHtml.includes(lead) || article.contentHtml.includes(lead.replace(/&/g, '&amp;'))) return null;
  // The same picture at another size from an image CDN: ".../w_1200,h_600/fence.jpeg" in the page's
  // metadata, ".../w_1456,q_auto/fence.jpeg" or "fence-1024x683.jpeg" in the body.
  const key = pictureKey(lead);
  if (!key) return lead;
  for (const m of article.contentHtml.matchAll(/\s(?:src|srcset|href)="([^"]+)"/g)) {
    for (const candidate of m[1].split(/,\s+/)) if (pictureKey(candidate.trim().split(/\s+/)[0].replace(/&amp;/g, '&')) === key) return null;
  }
  return lead;
}

/** A picture's file name without its size suffix, when it is distinctive enough to name one picture. */
function pictureKey(url: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(new URL(url, 'https://x.invalid/').pathname.split('/').pop() ?? '');
  } catch {
    return null;
  }
  // An image CDN may end its path with the original's whole address, encoded: its last part names the file.
  name = name.split('/').pop()!.toLowerCase().replace(/[-_@]\d+x\d*(?=\.\w+$)/, '');
  const stem = name.replace(/\.\w+$/, '');
  return stem.length >= 8 && /[a-z]/.test(stem) ? name : null;
}
