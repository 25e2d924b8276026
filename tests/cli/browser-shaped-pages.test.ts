// Pages a browser shows whole must not give "no body". Each case is one cause found on real pages
// (trafilatura-dev): the CLI and bench parse through parse-page.ts, and jsdom builds the tree by the
// HTML standard itself; both must find the article.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_CLASS_NAMES, parsePage } from '../../scripts/page-source/parse-page';
import { extractPage } from '../../utils/extract-page';
import { bodyOf } from '../../utils/page-index';

const STORY = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1}: the harbour board met on Thursday evening and agreed to dredge the channel before the autumn storms arrive.</p>`,
).join('');
const HEAD = '<title>Harbour to be dredged</title><meta name="description" content="The board agreed.">';
const BODY = `<div id="content"><h1>Harbour to be dredged</h1>${STORY}</div>`;

const CAUSES: Record<string, { html: string; plainLinkedomLosesBody: boolean }> = {
  'elements before <html> (meta and script tags written ahead of the document)': {
    html: `<!DOCTYPE html>\n<meta property="og:title" content="Harbour"><script>var a = 1;</script>\n<html lang="en"><head>${HEAD}</head><body>${BODY}</body></html>`,
    plainLinkedomLosesBody: true,
  },
  'a server warning printed before <html>': {
    html: `<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/htdocs/db.php</b> on line <b>12</b><br />\n<!DOCTYPE html><html><head>${HEAD}</head><body>${BODY}</body></html>`,
    plainLinkedomLosesBody: true,
  },
  'no <html> tag: <head> and <body> at the top level': {
    html: `<!DOCTYPE html><head>${HEAD}</head><body>${BODY}</body>`,
    plainLinkedomLosesBody: true,
  },
  'IE conditional comments opening <html> several times': {
    html:
      '<!DOCTYPE html>\n<!--[if lt IE 7]><html class="ie6" lang="de"><![endif]-->\n<!--[if IE 7]><html class="ie7" lang="de"><![endif]-->\n' +
      `<!--[if gt IE 9]><!--><html lang="de"><!--<![endif]-->\n<head>${HEAD}</head><body>${BODY}</body></html>`,
    plainLinkedomLosesBody: false,
  },
  'the article after </body> (a template that closes the body early)': {
    html: `<!DOCTYPE html><html><head>${HEAD}</head><body><nav>Home · World</nav></body>${BODY}</html>`,
    plainLinkedomLosesBody: false,
  },
  'the article inside <head> (a stray tag a browser moves into the body)': {
    html: `<!DOCTYPE html><html><head>${HEAD}${BODY}</head><body></body></html>`,
    plainLinkedomLosesBody: false,
  },
  'the article after </html>': {
    html: `<!DOCTYPE html><html><head>${HEAD}</head><body><nav>Home · World</nav></body></html>${BODY}`,
    plainLinkedomLosesBody: false,
  },
  'no <head> or <body> tags at all': {
    html: `${HEAD}${BODY}`,
    plainLinkedomLosesBody: true,
  },
};

const DOMS: Record<string, (html: string) => Document> = {
  'linkedom through parsePage': parsePage,
  jsdom: (html) => new JSDOM(html, { url: 'https://harbour.example/news/dredging' }).window.document,
};

describe.each(Object.keys(CAUSES))('%s', (cause) => {
  const { html, plainLinkedomLosesBody } = CAUSES[cause]!;

  it(`is ${plainLinkedomLosesBody ? '' : 'not '}a page whose body plain linkedom leaves outside the root`, () => {
    expect(bodyOf(parseHTML(html).document as unknown as Document) === null).toBe(plainLinkedomLosesBody);
  });

  it.each(Object.keys(DOMS))('gives the article under %s', (dom) => {
    const result = extractPage(DOMS[dom]!(html), 'https://harbour.example/news/dredging', {});
    expect(result.reason).toBeUndefined();
    expect(result.kind).toBe('article');
    expect(result.article?.textContent).toContain('Paragraph 6: the harbour board met');
    expect(result.title).toBe('Harbour to be dredged');
  });
});

describe('a class attribute of 200,000 names', () => {
  // linkedom sets class names with one spread call, which overflows the stack at this size.
  const names = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(' ');
  const html = `<!DOCTYPE html><html><head>${HEAD}</head><body><div class="${names}">${BODY}</div></body></html>`;

  it('is read, its first names kept, where linkedom alone throws', () => {
    expect(() => parseHTML(html)).toThrow(RangeError);
    const doc = parsePage(html);
    expect(doc.querySelector('div')!.classList.length).toBe(MAX_CLASS_NAMES);
    expect(doc.querySelector('div')!.classList.contains('c0')).toBe(true);
    expect(extractPage(doc, 'https://harbour.example/news/dredging').kind).toBe('article');
  });
});
