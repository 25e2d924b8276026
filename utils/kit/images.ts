// Where a lazy-loading page keeps an image's real address, and which srcset candidate to take.

/** Attributes holding a lazy image's real source, in the order they are trusted. */
export const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy', 'data-img-src'];
/** Attributes holding a srcset, the lazy ones first. */
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];
/** The <source> of a <picture> that carries the image when its <img> is a placeholder. */
export const PICTURE_SOURCE = 'source[srcset], source[data-srcset]';

/**
 * The largest candidate of a srcset ("a.jpg 300w, b.jpg 800w" → b.jpg), a density counting as a
 * thousand widths per "x"; inline data: URLs are placeholders, never the image.
 */
export function largestSrcsetCandidate(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, size] = part.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const n = size ? parseFloat(size) * (size.endsWith('x') ? 1000 : 1) : 1;
    if (n > bestSize) {
      best = url;
      bestSize = n;
    }
  }
  return best;
}
