// Whether a page names one item is read from its canonical address first: the address it was opened
// at may be a tracking link, a mirror or a test server's path.
import { describe, expect, it } from 'vitest';
import { namesOneItem } from '../../utils/names-one-item';

describe('namesOneItem', () => {
  it("believes the page's canonical address over the one it was opened at", () => {
    expect(namesOneItem('http://127.0.0.1:4173/newsbreak-listing-town/', { canonicalUrl: 'https://www.newsbreak.com/bend-or' })).toBe(false);
    expect(namesOneItem('https://example.com/?p=12', { canonicalUrl: 'https://example.com/2026/03/05/city-launches-new-311-app/' })).toBe(true);
  });

  it('reads the address when the page names no canonical one', () => {
    expect(namesOneItem('https://example.com/2026/03/05/city-launches-new-311-app/', { canonicalUrl: null })).toBe(true);
    expect(namesOneItem('https://www.newsbreak.com/bend-or', { canonicalUrl: null })).toBe(false);
  });
});
