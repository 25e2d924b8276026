// The matcher's guards on small hand-made pages: clutter goes, article text never does.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findClutter } from '../../utils/filters/apply-filters';
import { FILTER_PACKS } from '../../utils/filters/catalog';
import { compilePacks, customRulesPack } from '../../utils/filters/compile-rules';

const PARA = (n: number) =>
  `<p>Paragraph ${n}: the council met on Tuesday to discuss the budget for the coming year, and members argued for hours about bus routes, libraries and the cost of repairing the old bridge over the river.</p>`;
const ARTICLE = [1, 2, 3, 4, 5, 6].map(PARA).join('');
const rules = compilePacks(FILTER_PACKS, 'example.com');

describe.each([
  ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html: string) => new JSDOM(html).window.document],
] as const)('under %s', (_name, parse) => {
  const removedTexts = (body: string) => {
    const doc = parse(`<html><body>${body}</body></html>`);
    return findClutter(doc.body, rules).map((m) => `${m.pack}: ${(m.element.textContent ?? '').replace(/\s+/g, ' ').trim() || m.element.localName}`);
  };

  it('takes a whole-block phrase but never the same words inside a sentence', () => {
    const got = removedTexts(`${ARTICLE}<p>Officials urged residents to <strong>download the app</strong> before Friday, when the paper forms stop.</p><div><span>Download the app</span></div>`);
    expect(got).toEqual(['app-download: Download the app']);
  });

  it('takes store badges but not an app-store link inside a sentence', () => {
    const got = removedTexts(`${ARTICLE}<p>The app is <a href="https://apps.apple.com/us/app/x/id1">listed on the App Store</a> under a new name, the department said on Monday.</p>
      <div class="badges"><a href="https://apps.apple.com/us/app/x/id1"><img alt=""></a> <a href="https://play.google.com/store/apps/details?id=x"><img alt=""></a></div>`);
    expect(got).toEqual(['app-download: div']);
  });

  it('takes a small box made of clutter whole, and keeps the headline next to a share button', () => {
    const got = removedTexts(`<header><h1>Council delays the budget vote until after the summer</h1><button>Share</button></header>${ARTICLE}
      <section><h3>Comments</h3><p>No comments yet...</p></section>`);
    expect(got).toEqual(['social: Share', 'comments: CommentsNo comments yet...']);
  });

  it('never takes the block that holds the article, whatever its class', () => {
    const got = removedTexts(`<div class="story comments-enabled share-tools">${ARTICLE}</div>`);
    expect(got).toEqual([]);
  });

  const mine = (value: string, kind: 'phrase' | 'selector' = 'phrase') => ({ id: value, kind, value, enabled: true, host: null });
  const own = (...values: ReturnType<typeof mine>[]) => compilePacks([customRulesPack(values, null, 'custom')], null, true);

  it('matches a person\'s own patterns as written, anchored or not; a back-reference (refused at input) matches nothing', () => {
    const custom = own(mine('/offer.{0,20}/'), mine('/^(\\w+) and \\1$/'), mine('/^hot deals$/'));
    const doc = parse(`<html><body>${ARTICLE}<div>Top offer for you</div><div>Deals and deals</div><div>Hot deals</div><div>Deals and steals</div></body></html>`);
    const got = findClutter(doc.body, [...rules, ...custom]).map((m) => m.element.textContent);
    expect(got).toEqual(['Top offer for you', 'Hot deals']);
  });

  it.each(['p', 'body *', 'div', '*', 'article p', 'p, li', 'article > *', 'div:not(.promo)', 'p:nth-child(n)'])(
    'leaves out a person\'s selector "%s" that would take the article paragraph by paragraph, and keeps their other rules',
    (selector) => {
      const custom = own(mine(selector, 'selector'), mine('.promo', 'selector'), mine('Download our app'));
      const doc = parse(`<html><body><article>${ARTICLE}</article><div class="promo">Half price today</div><div><span>Download our app</span></div></body></html>`);
      const got = findClutter(doc.body, [...rules, ...custom]).map((m) => `${m.pack}: ${m.element.textContent}`);
      expect(got.sort()).toEqual(['app-download: Download our app', 'custom: Half price today']);
    },
  );

  it('still takes what a person\'s selector matches outside the article when that is little', () => {
    const custom = own(mine('aside p', 'selector'));
    const doc = parse(`<html><body><article>${ARTICLE}</article><aside><p>From our sponsor</p><p>Best mattress deals</p></aside></body></html>`);
    const got = findClutter(doc.body, [...rules, ...custom]).map((m) => m.element.textContent);
    expect(got).toEqual(['From our sponsorBest mattress deals']);
  });

  it('takes a short mailing pitch and an affiliate disclosure, not a sentence about e-mail', () => {
    const got = removedTexts(`${ARTICLE}<p>Phishing messages that land in your inbox often ask you to sign up for a fake prize, the police said on Monday, and most of them now come from hacked accounts of people the victims know well.</p>
      <p><i>Get the latest updates right in your inbox. </i><a href="/subscribe"><i>Subscribe to The Daily's newsletters</i></a>.</p>
      <p>This post may contain affiliate and/or referral links. Please see my disclosure page.</p>`);
    expect(got).toEqual(["newsletter: Get the latest updates right in your inbox. Subscribe to The Daily's newsletters.", 'ads: This post may contain affiliate and/or referral links. Please see my disclosure page.']);
  });

  it('reads ids made from headings as content, not as clutter', () => {
    const got = removedTexts(`${ARTICLE}<section id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${PARA(7)}</section><div id="share-bar"><a href="#">f</a></div>`);
    expect(got).toEqual(['social: f']);
  });
});
