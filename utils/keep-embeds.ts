// Posts an article quotes (a tweet, an Instagram or TikTok post) come as a <blockquote> with the
// post's text, inside wrappers that name the network: "social-media-embed", "wp-block-embed-twitter".
// Readability drops those wrappers as unlikely ("social") or link-heavy, and the quoted words go
// with them, though readers (and the human-annotated pages) count them as part of the story.
// Unwrapped, the blockquote stands in the text like any other quotation.

const EMBED = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|threads-post|text-post-media|reddit-embed-bq|mastodon-embed|fb-xfbml-parse-ignore)(?:\s|$)/i;
const WRAPPERS = new Set(['div', 'figure', 'span', 'section', 'aside', 'p']);
/** Text a wrapper may add around the post (a caption, a "View this post"), beyond the post's own. */
const WRAPPER_SLACK = 40;

export function keepQuotedPosts(doc: Document): void {
  for (const quote of Array.from(doc.getElementsByTagName('blockquote'))) {
    if (!EMBED.test(quote.getAttribute('class') ?? '')) continue;
    const own = textLength(quote);
    let top: Element = quote;
    for (let p = quote.parentElement; p && WRAPPERS.has(p.localName.toLowerCase()) && textLength(p) <= own + WRAPPER_SLACK; p = p.parentElement) top = p;
    if (top !== quote) top.replaceWith(quote);
    // The network's class names would read as "social" clutter to Readability as well.
    quote.removeAttribute('class');
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
