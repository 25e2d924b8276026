// Finds the lists of other stories on a page ("Related Articles", "More for You", feeds, grids) by their
// structure, whatever the class names: siblings that each hold the links to one article-like URL and a
// readable headline. Reads the DOM only; the pipeline removes the containers itself.
//
// One pass marks, for every element above a story link, which story URL it holds (or "several"). A card
// is then the highest element that still holds one URL, and its parent, holding several, is a candidate
// list. That costs O(elements × depth) once, never a re-walk per candidate.

import type { PageContext } from '../page-context';
import type { Story } from '../types';
import { describeCard, type CardContext, type CardInfo, type CardLink } from './card-fields';
import { foldKey, squashWithZeroWidth } from '../kit/text';
import { alternation, wordsOfAllLanguages } from '../lexicon';
import { containsNode, isElement, isTextLeaf, newTextMemo, tagOf, textLongerThan, visibleText, type TextMemo } from './dom-text';
import { isRelatedLabel } from './related-labels';
import { isSponsoredBlock } from './sponsored';
import { canonicalStoryUrl, isAdUrl, isArticleLikeUrl, resolveUrl, urlKey } from './story-url';

export interface StoryList {
  container: Element;
  /** The list's label ("Related Articles", "Trending in Dallas") when one heads it. */
  heading: string | null;
  stories: Story[];
  /** Ad and sponsored cards (and ad slots) found between the stories. */
  sponsored: Element[];
  /**
   * True for a single labelled teaser ("Read more: <headline>", "Lire aussi") inside or near the
   * article, rather than a list: its removal is a teaser's, not a related list's.
   */
  teaser?: boolean;
}

export interface FindStoryListsOptions {
  /** The article's own URL: never listed as a related story. */
  excludeUrl?: string;
  /** The elements below root in document order, when the caller already has them (saves a walk). */
  elements?: readonly Element[];
}

const MULTI = '\u0000several';
const MIN_CARDS = 2;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NAV_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'banner']);
const ACTION_TEXT = new RegExp(`^(?:${alternation(wordsOfAllLanguages((l) => l.actions.listLinks))})$`, 'i');

function isNavigation(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'nav' || tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return true;
  const role = el.getAttribute('role');
  return role !== null && NAV_ROLES.has(role.toLowerCase());
}

function dayFirstFor(lang: string | null | undefined): boolean {
  if (!lang) return false;
  const l = lang.toLowerCase();
  return !(l === 'en' || l.startsWith('en-us') || l.startsWith('en_us') || l.startsWith('en-ph'));
}

function hasHeadlineOrPicture(a: Element, memo: TextMemo): boolean {
  if (visibleText(a, memo).length >= 20) return true;
  if (a.querySelector('img, amp-img, picture, [style*="background"]')) return true;
  const label = a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '';
  return squashWithZeroWidth(label).length >= 20;
}

interface Heading {
  text: string;
  el: Element;
}

function headingOf(el: Element, memo: TextMemo): Heading | null {
  const tag = tagOf(el);
  let h: Element | null = null;
  if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') {
    h = el;
  } else {
    h = el.querySelector(HEADING_SELECTOR);
    if (!h) {
      // A short plain text, or the first of a few short texts ("Sponsored content" + "by Outbrain");
      // not a row of many buttons or links.
      if (textLongerThan(el, 80)) return null;
      const leaves = [el, ...Array.from(el.querySelectorAll('*'))].filter((x) => isTextLeaf(x, memo) && visibleText(x, memo) !== '');
      if (leaves.length < 1 || leaves.length > 3) return null;
      h = leaves[0];
    }
  }
  const t = squashWithZeroWidth(visibleText(h, memo));
  if (t.length < 3 || t.length > 100 || /[.!?…:]$/.test(t) || ACTION_TEXT.test(t)) return null;
  return { text: t, el: h };
}

function headingText(el: Element, memo: TextMemo): string | null {
  return headingOf(el, memo)?.text ?? null;
}

function findHeading(container: Element, isPart: (el: Element) => boolean, stopAt: Element | null, memo: TextMemo): Heading | null {
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = container.ownerDocument;
    for (const id of labelledBy.split(/\s+/)) {
      const target = id ? doc?.getElementById(id) : null;
      const text = target ? visibleText(target, memo) : '';
      if (target && text.length >= 3 && text.length <= 100) return { text, el: target };
    }
  }
  // A label inside the container, before the first card.
  for (const kid of Array.from(container.children)) {
    if (isPart(kid)) break;
    const h = headingOf(kid, memo);
    if (h) return h;
  }
  // A label just before it, at its level or, when it opens its parent, at the parent's.
  let el: Element | null = container;
  for (let depth = 0; el && el !== stopAt && depth < 3; depth++) {
    let sib = el.previousElementSibling;
    let blocked = false;
    for (let steps = 0; sib && steps < 3; steps++, sib = sib.previousElementSibling) {
      // Tabs and menus between a label and its list ("Latest | Most read") neither label nor block.
      if (isNavigation(sib)) continue;
      const h = headingOf(sib, memo);
      if (h) return h;
      if (textLongerThan(sib, 0)) {
        blocked = true;
        break;
      }
    }
    if (blocked) break;
    el = el.parentElement;
  }
  // A label given as an attribute, on the list or on the section around it.
  let labelled: Element | null = container;
  for (let depth = 0; labelled && labelled !== stopAt && depth < 3; depth++, labelled = labelled.parentElement) {
    const aria = squashWithZeroWidth(labelled.getAttribute('aria-label') ?? '');
    if (aria.length >= 3 && aria.length <= 100) return { text: aria, el: labelled };
  }
  return null;
}

function labelLeaf(box: Element, link: Element, memo: TextMemo): Element | null {
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (link.contains(el) || !isTextLeaf(el, memo)) continue;
    if (isRelatedLabel(visibleText(el, memo).replace(/[\s:›»>→-]+$/, ''))) return el;
  }
  return null;
}

/** The small box around a link that also holds a "Read more:"-like label and little else. */
function labelledBox(a: Element, stopAt: Element | null, memo: TextMemo): Element | null {
  const linkText = visibleText(a, memo).length;
  let box = a.parentElement;
  for (let depth = 0; box && box !== stopAt && depth < 3; depth++, box = box.parentElement) {
    if (textLongerThan(box, linkText + 80)) return null;
    if (labelLeaf(box, a, memo)) return box;
  }
  return null;
}

function teaserLabel(box: Element, memo: TextMemo): Heading | null {
  const link = box.querySelector('a[href]');
  const leaf = link ? labelLeaf(box, link, memo) : null;
  return leaf ? { text: visibleText(leaf, memo).replace(/[\s:›»>→-]+$/, ''), el: leaf } : null;
}

function richness(s: Story): number {
  return (s.source ? 1 : 0) + (s.publishedTime ? 1 : 0) + (s.timeText ? 1 : 0) + (s.image ? 1 : 0) +
    (s.summary ? 1 + Math.min(s.summary.length, 1000) / 1000 : 0);
}

/** One story from two cards for it: the richer card's fields, gaps filled from the other. */
function mergeStories(a: Story, b: Story): Story {
  const [main, other] = richness(b) > richness(a) ? [b, a] : [a, b];
  return {
    title: main.title || other.title,
    url: main.url,
    source: main.source ?? other.source,
    publishedTime: main.publishedTime ?? other.publishedTime,
    timeText: main.timeText ?? other.timeText,
    summary: main.summary ?? other.summary,
    image: main.image ?? other.image,
  };
}

interface Target {
  /** The href as written. */
  raw: string;
  /** Resolved absolute URL. */
  href: string;
  ad: boolean;
  articleLike: boolean;
  /** The story URL, tracking parameters dropped (null: it cannot be one), once asked for. */
  url?: string | null;
}

interface Candidate {
  container: Element;
  cards: CardInfo[];
  /** Sub-lists merged into this one (rows of a grid). */
  parts: Element[];
}

/** The story lists below `root`; `page` gives the URL links resolve against, the clock, language and site name. */
export function findStoryLists(root: ParentNode & Node, page: PageContext, opts: FindStoryListsOptions = {}): StoryList[] {
  // Texts are remembered for this run only: the page may change before the next one.
  return findLists(root, page, opts, newTextMemo());
}

function findLists(root: ParentNode & Node, page: PageContext, opts: FindStoryListsOptions, memo: TextMemo): StoryList[] {
  const baseUrl = page.url;
  const ctx: CardContext = { baseUrl, now: page.now, dayFirst: dayFirstFor(page.lang), siteKey: page.siteKey, memo };
  const stopAt = isElement(root) ? root : null;
  const all = opts.elements ?? Array.from(root.querySelectorAll('*'));
  const order = new Map<Element, number>();
  all.forEach((el, i) => order.set(el, i));
  const pos = (el: Element) => order.get(el) ?? -1;

  // Menus and scripts never hold stories; everything below them is skipped. Parents come first in `all`.
  const skipped = new Set<Element>();
  for (const el of all) {
    const parent = el.parentElement;
    if ((parent && skipped.has(parent)) || isNavigation(el)) skipped.add(el);
  }

  // Story links: article-like (or ad) targets with a headline or a picture. Short links (publisher
  // names, "Read more", section menus) do not shape the structure.
  // A page links to one story several times (picture, headline, "Read more"): each target is
  // resolved and judged once.
  const targets = new Map<string, Target | null>();
  const targetOf = (href: string): Target | null => {
    let t = targets.get(href);
    if (t === undefined) {
      const u = resolveUrl(href, baseUrl);
      const ad = !!u && isAdUrl(u);
      t = u ? { raw: href, href: u.href, ad, articleLike: !ad && isArticleLikeUrl(u) } : null;
      targets.set(href, t);
    }
    return t;
  };
  const links: CardLink[] = [];
  for (const el of all) {
    if (tagOf(el) !== 'a' || skipped.has(el)) continue;
    const t = targetOf(el.getAttribute('href') ?? '');
    if (!t) continue;
    const ad = t.ad || /\bsponsored\b/i.test(el.getAttribute('rel') ?? '');
    if (!ad && !t.articleLike) continue;
    if (!ad && !hasHeadlineOrPicture(el, memo)) continue;
    if (t.url === undefined) t.url = canonicalStoryUrl(t.raw, baseUrl);
    if (!t.url) continue;
    links.push({ a: el, url: t.url, key: ad ? `ad:${t.href}` : urlKey(t.url), ad });
  }

  const owner = new Map<Element, string>();
  for (const l of links) {
    for (let el: Element | null = l.a; el && el !== stopAt; el = el.parentElement) {
      const cur = owner.get(el);
      if (cur === undefined) owner.set(el, l.key);
      else if (cur === l.key || cur === MULTI) break;
      else owner.set(el, MULTI);
    }
  }

  const cardLinks = new Map<Element, CardLink[]>();
  const containerCards = new Map<Element, Element[]>();
  for (const l of links) {
    let card = l.a;
    while (card.parentElement && card.parentElement !== stopAt && owner.get(card.parentElement) === l.key) card = card.parentElement;
    const known = cardLinks.get(card);
    if (known) {
      known.push(l);
      continue;
    }
    cardLinks.set(card, [l]);
    const parent = card.parentElement;
    if (!parent) continue;
    const list = containerCards.get(parent);
    if (list) list.push(card);
    else containerCards.set(parent, [card]);
  }

  // Deepest containers first, so a list nested in another is known when its parent is judged.
  const candidates = [...containerCards].filter(([, cards]) => cards.length >= MIN_CARDS).sort((a, b) => pos(b[0]) - pos(a[0]));
  const qualified = new Map<Element, Candidate>();
  const textLength = new Map<Element, number>();
  const lengthOf = (el: Element) => {
    let n = textLength.get(el);
    if (n === undefined) textLength.set(el, (n = visibleText(el, memo).length));
    return n;
  };

  for (const [container, cardEls] of candidates) {
    const cards = cardEls.map((el) => describeCard(el, cardLinks.get(el)!, ctx));
    const valid = cards.filter((c) => c.valid);
    if (valid.length < MIN_CARDS) continue;
    // Repeated shape: at least two readable cards share their tag.
    const tags = new Map<string, number>();
    for (const c of valid) tags.set(tagOf(c.el), (tags.get(tagOf(c.el)) ?? 0) + 1);
    if (Math.max(...tags.values()) < MIN_CARDS) continue;
    // A list holds little besides its cards (a label, a "See all"); an article with a few linked
    // paragraphs, or a page section with a body of text, does not qualify.
    // Only readable cards count as list: a reference list of cited sentences is mostly "other".
    let listText = cards.reduce((n, c) => n + (c.valid || c.adLink ? c.textLength : 0), 0);
    for (const kid of Array.from(container.children)) if (qualified.has(kid)) listText += lengthOf(kid);
    const other = lengthOf(container) - listText;
    if (other > 400 && other > 0.5 * listText) continue;
    qualified.set(container, { container, cards, parts: [] });
  }

  // Rows of one grid: sibling lists of one tag, with no label between them, are one list.
  const byParent = new Map<Element, Candidate[]>();
  for (const cand of qualified.values()) {
    const parent = cand.container.parentElement;
    if (!parent) continue;
    const rows = byParent.get(parent);
    if (rows) rows.push(cand);
    else byParent.set(parent, [cand]);
  }
  for (const [parent, rows] of byParent) {
    if (rows.length < 2) continue;
    const tag = tagOf(rows[0].container);
    if (!rows.every((r) => tagOf(r.container) === tag)) continue;
    const rowSet = new Set(rows.map((r) => r.container));
    const kids = Array.from(parent.children);
    const first = kids.findIndex((k) => rowSet.has(k));
    const last = kids.length - 1 - [...kids].reverse().findIndex((k) => rowSet.has(k));
    if (kids.slice(first, last + 1).some((k) => !rowSet.has(k) && headingText(k, memo) !== null)) continue;
    const own = qualified.get(parent);
    const rowText = rows.reduce((n, r) => n + lengthOf(r.container), 0) + (own ? own.cards.reduce((n, c) => n + c.textLength, 0) : 0);
    const other = lengthOf(parent) - rowText;
    if (other > 400 && other > 0.5 * rowText) continue;
    const merged: Candidate = own ?? { container: parent, cards: [], parts: [] };
    for (const r of rows) {
      merged.cards.push(...r.cards);
      merged.parts.push(r.container, ...r.parts);
      qualified.delete(r.container);
    }
    merged.cards.sort((a, b) => pos(a.el) - pos(b.el));
    qualified.set(parent, merged);
  }

  // Single labelled teasers ("Read more: <headline>") outside the lists found above.
  const teasers: Candidate[] = [];
  const inList = (el: Element) => {
    for (let x: Element | null = el; x && x !== stopAt; x = x.parentElement) if (qualified.has(x)) return true;
    return false;
  };
  const teaserBoxes = new Set<Element>();
  for (const l of links) {
    if (l.ad || inList(l.a)) continue;
    const box = labelledBox(l.a, stopAt, memo);
    if (!box || teaserBoxes.has(box)) continue;
    const card = describeCard(box, [l], ctx);
    if (!card.valid || card.sponsored) continue;
    teaserBoxes.add(box);
    teasers.push({ container: box, cards: [card], parts: [] });
  }

  const excludeKey = opts.excludeUrl ? canonicalStoryUrl(opts.excludeUrl, baseUrl) : null;
  const excluded = excludeKey ? urlKey(excludeKey) : null;
  const lists: StoryList[] = [];
  const seenUrl = new Map<string, { list: StoryList; index: number }>();
  const seenTitle = new Map<string, { list: StoryList; index: number }>();

  const candidatesInOrder = [...qualified.values(), ...teasers].sort((a, b) => pos(a.container) - pos(b.container));
  for (const cand of candidatesInOrder) {
    const teaser = teaserBoxes.has(cand.container);
    const cardSet = new Set(cand.cards.map((c) => c.el));
    const partSet = new Set(cand.parts);
    const isPart = (el: Element) => cardSet.has(el) || partSet.has(el) || qualified.has(el);
    const heading = teaser ? teaserLabel(cand.container, memo) : findHeading(cand.container, isPart, stopAt, memo);
    const list: StoryList = { container: cand.container, heading: heading?.text ?? null, stories: [], sponsored: [] };
    // A label outside the list goes with it when the two share a wrapper that holds little else,
    // so removing the list does not leave "Related coverage" standing alone.
    if (heading && !containsNode(cand.container, heading.el)) {
      let wrapper = cand.container.parentElement;
      while (wrapper && wrapper !== stopAt && !containsNode(wrapper, heading.el)) wrapper = wrapper.parentElement;
      if (wrapper && wrapper !== stopAt && lengthOf(wrapper) <= lengthOf(cand.container) + heading.text.length + 120) list.container = wrapper;
    }
    if (teaser) list.teaser = true;

    for (const c of cand.cards) if (c.sponsored) list.sponsored.push(c.el);
    // Ad slots between the cards ("Advertisement" boxes, ad iframes).
    for (const kid of teaser ? [] : Array.from(cand.container.children)) {
      if (!isPart(kid) && isSponsoredBlock(kid, baseUrl, memo)) list.sponsored.push(kid);
    }
    list.sponsored.sort((a, b) => pos(a) - pos(b));

    for (const c of cand.cards) {
      if (!c.valid || c.sponsored) continue;
      const story = c.story;
      const key = urlKey(story.url);
      if (key === excluded) continue;
      const titleKey = foldKey(story.title);
      const seen = seenUrl.get(key) ?? seenTitle.get(titleKey);
      if (seen) {
        const mergedStory = mergeStories(seen.list.stories[seen.index], story);
        seen.list.stories[seen.index] = mergedStory;
        seenUrl.set(key, seen);
        seenTitle.set(titleKey, seen);
        continue;
      }
      const entry = { list, index: list.stories.length };
      list.stories.push(story);
      seenUrl.set(key, entry);
      seenTitle.set(titleKey, entry);
    }
    lists.push(list);
  }
  return lists;
}
