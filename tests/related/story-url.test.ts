import { describe, expect, it } from 'vitest';
import { canonicalStoryUrl, isArticleLikeUrl, isOffsiteId } from '../../utils/related/story-url';

describe('story URLs read their query from the string', () => {
  it('drops tracking parameters, keeps the others as URLSearchParams writes them, and an emptied query goes', () => {
    const base = 'https://news.example/';
    expect(canonicalStoryUrl('/a/story?id=42&utm_source=x&ocid=y#top', base)).toBe('https://news.example/a/story?id=42');
    expect(canonicalStoryUrl('/a/story?utm_medium=social&fbclid=abc', base)).toBe('https://news.example/a/story');
    expect(canonicalStoryUrl('/a/story?q=caf%C3%A9+bar&utm%5Fsource=x', base)).toBe('https://news.example/a/story?q=caf%C3%A9+bar');
    // A broken escape does not fail the card: its parameter stays (re-encoded by URLSearchParams), the tracker goes.
    expect(canonicalStoryUrl('/a/story?bad=%E0%A4%A&utm_source=x', base)).toMatch(/^https:\/\/news\.example\/a\/story\?bad=[^&]+$/);
  });

  it('finds a story id in the query of a page with no path', () => {
    expect(isArticleLikeUrl(new URL('https://blog.example/?p=12345'))).toBe(true);
    expect(isArticleLikeUrl(new URL('https://blog.example/?page=2'))).toBe(false);
  });
});

describe('isOffsiteId', () => {
  const page = 'ground.example';
  it("takes another site's opaque story id", () => {
    expect(isOffsiteId(new URL('https://www.valleyledger.example/hqpvxx66lb'), page)).toBe(true);
    expect(isOffsiteId(new URL('https://bit.ly/3xYz9Qa'), page)).toBe(false);
  });
  it("not the page's own site, a word, a shop's product or a social post", () => {
    expect(isOffsiteId(new URL('https://news.ground.example/hqpvxx66lb'), page)).toBe(false);
    expect(isOffsiteId(new URL('https://valleyledger.example/politics'), page)).toBe(false);
    expect(isOffsiteId(new URL('https://www.amazon.com/dp/B01GA2M8XE'), page)).toBe(false);
    expect(isOffsiteId(new URL('https://www.youtube.com/watch/dQw4w9WgXcQ'), page)).toBe(false);
  });
});
