// findClutter phase by phase, each on a hand-made page with hand-made packs, so a case fails for
// its own phase only (the catalog's data is tested elsewhere).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findClutter, type ClutterMatch, type FindOptions } from '../../utils/filters/apply-filters';
import { compilePacks } from '../../utils/filters/compile-rules';
import type { FilterPack, FilterRule } from '../../utils/filters/types';

const PARA = (n: number) =>
  `<p>Paragraph ${n}: the council met on Tuesday to discuss the budget for the coming year, and members argued for hours about bus routes, libraries and the cost of repairing the old bridge over the river.</p>`;
const paras = (...ns: number[]) => ns.map(PARA).join('');

const pack = (id: string, ...rules: FilterRule[]): FilterPack => ({ id, label: id, description: id, defaultOn: true, rules });
const RULES = compilePacks(
  [
    pack('promo', { attr: '\\bpromo\\b' }, { selector: 'aside > .note' }, { selector: '.solo' }),
    pack('social', { phrases: ['share', 'like'] }),
    pack('comments', { phrases: ['comments'] }),
    pack('apps', { links: ['apps.apple.com'] }),
  ],
  null,
);

const body = (html: string) => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;
const describeMatch = (m: ClutterMatch) => `${m.pack}: ${(m.element.textContent ?? '').replace(/\s+/g, ' ').trim() || m.element.localName}`;
const found = (html: string, options: FindOptions = {}) => findClutter(body(html), RULES, options).map(describeMatch);

describe('findClutter, phase 0: guards', () => {
  it('keeps a block holding more than a third of a long page\'s prose, and takes it when the share allowed is higher', () => {
    const page = `<div class="promo">${paras(1, 2, 3)}</div>${paras(4, 5, 6)}`;
    expect(found(page)).toEqual([]);
    expect(found(page, { maxParagraphShare: 0.6 })).toHaveLength(1);
  });

  it('guards nothing by share on a page with too little prose to tell', () => {
    expect(found('<div class="promo"><p>Two short lines of promotion.</p></div>')).toEqual(['promo: Two short lines of promotion.']);
  });

  it('keeps the protected headline and every block around it', () => {
    const root = body(`<div class="promo"><h1>Council delays the vote</h1></div>${paras(1, 2)}`);
    expect(findClutter(root, RULES, { protect: [root.querySelector('h1')!] })).toEqual([]);
    expect(findClutter(root, RULES).map(describeMatch)).toEqual(['promo: Council delays the vote']);
  });
});

describe('findClutter, phase 1: selectors queried at once', () => {
  it('answers a selector with a combinator by one query, and a simple one on the walk', () => {
    const got = found(`${paras(1, 2)}<aside><div class="note">Note in a sidebar</div></aside><div class="note">Note in the text</div><div class="solo">Solo box</div>`);
    expect(got).toEqual(['promo: Note in a sidebar', 'promo: Solo box']);
  });
});

describe('findClutter, phase 2: every element against attributes, phrases and links', () => {
  it('takes a phrase that is a whole block, never the same word inside a sentence', () => {
    const got = found(`${paras(1, 2)}<p>Residents were asked to share their views on the bridge before Friday.</p><div><span>Share</span></div>`);
    expect(got).toEqual(['social: Share']);
  });

  it('reads an icon button by its label', () => {
    expect(found(`${paras(1, 2)}<p>Text</p><button aria-label="Like"><svg></svg></button>`)).toEqual(['social: button']);
  });

  it('climbs through a wrapper that adds nothing, not through one with words of its own', () => {
    const bare = body(`${paras(1, 2)}<section><div><p>Comments</p></div></section>`);
    expect(findClutter(bare, RULES).map((m) => m.element.localName)).toEqual(['section']);
    const worded = body(`${paras(1, 2)}<section><h4>Residents write in, every week</h4><div><p>Comments</p></div></section>`);
    expect(findClutter(worded, RULES).map((m) => m.element.localName)).toEqual(['div']);
  });

  it('takes a store link standing alone, not one inside a sentence', () => {
    const got = found(`${paras(1, 2)}<p>The city's app is <a href="https://apps.apple.com/app/id1">on the App Store</a> under a new name since the spring.</p><div><a href="https://apps.apple.com/app/id2">Get it</a></div>`);
    expect(got).toEqual(['apps: Get it']);
  });
});

describe('findClutter, phase 3: containers made of clutter', () => {
  it('takes a small box with two clutter blocks whole, under the pack most of it belongs to', () => {
    const got = found(`${paras(1, 2)}<div><p>Share</p><p>Like</p><p>Comments</p><span>3</span></div>`);
    expect(got).toEqual(['social: ShareLikeComments3']);
  });

  it('leaves a box with one clutter block, or with much text no rule matched', () => {
    expect(found(`${paras(1, 2)}<div><p>Share</p><span>Posted by the editors at the city desk</span></div>`)).toEqual(['social: Share']);
    const wordy = `<div><p>Share</p><p>Comments</p><p>${'A sentence of the article that no rule matches at all. '.repeat(6)}</p></div>`;
    expect(found(`${paras(1, 2, 3, 4, 5, 6)}${wordy}`)).toEqual(['social: Share', 'comments: Comments']);
  });
});

describe('findClutter, phase 4: hits filed under the outermost block', () => {
  it('credits the other packs inside a block that goes, and a second pack of the same block', () => {
    const root = body(`${paras(1, 2)}<div><p>Share</p><p>Like</p><p>Comments</p></div><div class="promo">Like</div>`);
    const got = findClutter(root, RULES).map((m) => ({ pack: m.pack, nested: m.nested?.map((x) => x.pack) }));
    expect(got).toEqual([
      { pack: 'social', nested: ['comments'] },
      { pack: 'promo', nested: ['social'] },
    ]);
  });
});
