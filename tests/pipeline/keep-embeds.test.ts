// A post the article quotes stays in it, whatever its wrapper is called.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const P = (n: number) =>
  `<p>Paragraph ${n}: the state's new anti-drug campaign drew criticism online on Monday, after the governor presented the slogan at a press conference and defended the cost of the advertising contract.</p>`;
const TWEET = (text: string) =>
  `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text} <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>— Some Reader (@somereader) <a href="https://twitter.com/somereader/status/1196557124622520320">November 18, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div>`;

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it('keeps an embedded post the article quotes, as a quotation', () => {
    const html = `<html><head><title>Campaign draws criticism</title></head><body><article><h1>Anti-drug campaign draws criticism online</h1>${P(1)}${P(2)}
      ${TWEET('Yes this is real and yes the state spent nearly half a million dollars on it')}${P(3)}${P(4)}</article>
      <div class="share-bar"><a href="https://twitter.com/intent/tweet">Tweet</a></div></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/2019/11/anti-drug-campaign-criticism');
    expect(r.article!.textContent).toContain('Yes this is real and yes the state spent nearly half a million dollars on it');
    expect(r.article!.contentHtml).toMatch(/<blockquote>/);
    expect(r.article!.textContent).toContain('Paragraph 4');
    expect(r.article!.textContent).not.toMatch(/\bTweet\b/);
  });
});
