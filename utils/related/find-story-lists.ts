// Finds the lists of other stories on a page ("Related Articles", "More for You", feeds, grids) by their
// structure, whatever the class names: siblings that each hold the links to one article-like URL and a
// readable headline. Reads the DOM only; the pipeline removes the containers itself.
//
// One pass marks, for every element above a story link, which story URL it holds (or "several"). A card
// is then the highest element that still holds one URL, and its parent, holding several, is a candidate
// list. That costs O(elements × depth) once, never a re-walk per candidate.
//
// The search runs in nine phases, one function each, in order: skipNavigation, storyLinksByTarget,
// ownCards, qualifyLists, mergeGridRows, labelledRuns, loneCardsOfListShape, singleTeasers, assembleLists. They share one ListSearch (the
// page, the walk's element order, remembered text lengths); only the first two read the element list.

import type { PageContext } from '../page-context';
import type { Story } from '../types';
import { describeCard, isCjk, minHeadlineLength, type CardContext, type CardInfo, type CardLink } from './card-fields';
import { hostOf } from '../kit/hosts';
import { classOf } from '../page-index';
import { foldKey, squashWithZeroWidth } from '../kit/text';
import { alternation, wordsOfAllLanguages } from '../lexicon';
import { containsNode, isElement, isTextLeaf, newTextMemo, ownText, tagOf, textLongerThan, visibleText, type TextMemo } from './dom-text';
import { isReadingLabel, isRelatedLabel, labelText } from './related-labels';
import { isSponsoredBlock } from './sponsored';
import { canonicalStoryUrl, isAdUrl, isArticleLikeUrl, isOffsiteId, resolveUrl, urlKey } from './story-url';

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
  /**
   * A run of link-only blocks after a related label, inside a container that holds the article too:
   * `container` is then the label and these are the run's blocks, which go with it.
   */
  blocks?: Element[];
}

export interface FindStoryListsOptions {
  /** The article's own URL: never listed as a related story. */
  excludeUrl?: string;
  /** The elements below root in document order, when the caller already has them (saves a walk). */
  elements?: readonly Element[];
}

const MULTI = '\u0000several';
/** Two cards make a list: one alone is a link, however it is dressed. */
const MIN_CARDS = 2;
/** Shorter link texts are publisher names, "Read more" or menu items, not headlines. */
const MIN_LINK_HEADLINE = 20;
/** A list's label is a few words: shorter is a stray mark, longer is a sentence. */
const MIN_LABEL = 3;
const MAX_LABEL = 100;
/** A block with more text than this is no label, even with only a few texts in it. */
const MAX_LABEL_BLOCK_TEXT = 80;
/** A label is one short text or the first of a few ("Sponsored content" + "by Outbrain"), not a row of buttons. */
const MAX_LABEL_TEXTS = 3;
/** How far a label is looked for: levels up from the list, and siblings back at each level. */
const LABEL_SEARCH_LEVELS = 3;
const LABEL_SEARCH_SIBLINGS = 3;
/** A teaser's box holds its link, its label and this much more at most; more is running prose. */
const TEASER_BOX_EXTRA_TEXT = 80;
/** Levels above a link where its "Read more:" label may sit. */
const TEASER_BOX_LEVELS = 3;
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
  const text = visibleText(a, memo);
  if (text.length >= Math.min(MIN_LINK_HEADLINE, minHeadlineLength(text))) return true;
  if (a.querySelector('img, amp-img, picture, [style*="background"]')) return true;
  const label = a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '';
  return squashWithZeroWidth(label).length >= MIN_LINK_HEADLINE;
}

/** A link's own text reads as a headline: long enough, and four words or more (or a CJK headline's length). */
function readsAsHeadline(a: Element, memo: TextMemo): boolean {
  const text = visibleText(a, memo);
  return text.length >= minHeadlineLength(text) && (isCjk(text) || text.split(/\s+/).length >= 4);
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
      if (textLongerThan(el, MAX_LABEL_BLOCK_TEXT)) return null;
      const leaves = [el, ...Array.from(el.querySelectorAll('*'))].filter((x) => isTextLeaf(x, memo) && visibleText(x, memo) !== '');
      if (leaves.length < 1 || leaves.length > MAX_LABEL_TEXTS) return null;
      h = leaves[0];
    }
  }
  const t = squashWithZeroWidth(visibleText(h, memo));
  if (t.length < MIN_LABEL || t.length > MAX_LABEL || /[.!?…:]$/.test(t) || ACTION_TEXT.test(t)) return null;
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
      if (target && text.length >= MIN_LABEL && text.length <= MAX_LABEL) return { text, el: target };
    }
  }
  // A label inside the container, before the first card. A linked list item there is an item the
  // search did not take for a story (a report, a PDF), not the list's label.
  for (const kid of Array.from(container.children)) {
    if (isPart(kid)) break;
    if (tagOf(kid) === 'li' && kid.querySelector('a[href]')) continue;
    const h = headingOf(kid, memo);
    if (h) return h;
  }
  // A label just before it, at its level or, when it opens its parent, at the parent's.
  let el: Element | null = container;
  for (let depth = 0; el && el !== stopAt && depth < LABEL_SEARCH_LEVELS; depth++) {
    let sib = el.previousElementSibling;
    let blocked = false;
    for (let steps = 0; sib && steps < LABEL_SEARCH_SIBLINGS; steps++, sib = sib.previousElementSibling) {
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
  for (let depth = 0; labelled && labelled !== stopAt && depth < LABEL_SEARCH_LEVELS; depth++, labelled = labelled.parentElement) {
    const aria = squashWithZeroWidth(labelled.getAttribute('aria-label') ?? '');
    if (aria.length >= MIN_LABEL && aria.length <= MAX_LABEL) return { text: aria, el: labelled };
  }
  return null;
}

function labelLeaf(box: Element, link: Element, memo: TextMemo): Element | null {
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (link.contains(el) || !isTextLeaf(el, memo)) continue;
    if (isRelatedLabel(labelText(visibleText(el, memo)))) return el;
  }
  // The label as bare text beside the link, in no element of its own: "<strong>Also read: <a>…</a></strong>".
  const before = textBeforeLink(box, link, memo);
  return before && isRelatedLabel(labelText(before)) ? box : null;
}

/** `box`'s text before `link`'s, or null when the link's text does not come after some text of the box. */
function textBeforeLink(box: Element, link: Element, memo: TextMemo): string | null {
  const linkText = visibleText(link, memo);
  const boxText = visibleText(box, memo);
  const at = linkText ? boxText.indexOf(linkText) : -1;
  return at > 0 ? boxText.slice(0, at) : null;
}

/** The small box around a link that also holds a "Read more:"-like label and little else. */
function labelledBox(a: Element, stopAt: Element | null, memo: TextMemo): Element | null {
  const linkText = visibleText(a, memo).length;
  let box = a.parentElement;
  for (let depth = 0; box && box !== stopAt && depth < TEASER_BOX_LEVELS; depth++, box = box.parentElement) {
    if (textLongerThan(box, linkText + TEASER_BOX_EXTRA_TEXT)) return null;
    if (!labelLeaf(box, a, memo)) continue;
    // Out through wrappers that add no text ("<p><strong>Read more: <a>…</a></strong></p>"): the
    // line is the block, as the filters see it too.
    const own = visibleText(box, memo).length;
    while (box.parentElement && box.parentElement !== stopAt && visibleText(box.parentElement, memo).length === own) box = box.parentElement;
    return box;
  }
  return null;
}

function teaserLabel(box: Element, memo: TextMemo): Heading | null {
  const link = box.querySelector('a[href]');
  const leaf = link ? labelLeaf(box, link, memo) : null;
  if (!leaf || !link) return null;
  // A bare-text label is the box's text before the link.
  const text = (leaf.contains(link) ? textBeforeLink(leaf, link, memo) : null) ?? visibleText(leaf, memo);
  return { text: labelText(text), el: leaf };
}

/** A summary counts one field, and up to one more as it grows to this length: longer says no more. */
const FULL_SUMMARY = 1000;

function richness(s: Story): number {
  return (s.source ? 1 : 0) + (s.publishedTime ? 1 : 0) + (s.timeText ? 1 : 0) + (s.image ? 1 : 0) +
    (s.summary ? 1 + Math.min(s.summary.length, FULL_SUMMARY) / FULL_SUMMARY : 0);
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
  /** On another site, under an opaque id ("/hqpvxx66lb"): a story when its link text reads as a headline. */
  offsiteId: boolean;
  /** The story URL, tracking parameters dropped (null: it cannot be one), once asked for. */
  url?: string | null;
}

interface Candidate {
  container: Element;
  cards: CardInfo[];
  /** Sub-lists merged into this one (rows of a grid). */
  parts: Element[];
  /** A single labelled teaser rather than a list. */
  teaser?: boolean;
  /** A labelled run (see StoryList.blocks): `container` is the label, these the cards' blocks. */
  run?: Heading;
}

/** What every phase of one search reads: the page, where the search stops, and what one walk learnt. */
interface ListSearch {
  ctx: CardContext;
  /** The root when it is an element: no climb goes past it. */
  stopAt: Element | null;
  /** Each element's place in document order (from the one walk). */
  order: Map<Element, number>;
  /** Visible text lengths, measured once each. */
  textLengths: Map<Element, number>;
}

/** Cards as ownership makes them: each card's links, and each container's cards in document order. */
interface OwnedCards {
  linksOf: Map<Element, CardLink[]>;
  byContainer: Map<Element, Element[]>;
}

/** Stories already listed, by URL key and by folded title, so a second card for one adds to the first. */
interface SeenStories {
  byUrl: Map<string, { list: StoryList; index: number }>;
  byTitle: Map<string, { list: StoryList; index: number }>;
  /** The article's own URL key: never listed. */
  excluded: string | null;
}

/** The story lists below `root`; `page` gives the URL links resolve against, the clock, language and site name. */
export function findStoryLists(root: ParentNode & Node, page: PageContext, opts: FindStoryListsOptions = {}): StoryList[] {
  // Texts are remembered for this run only: the page may change before the next one.
  return findLists(root, page, opts, newTextMemo());
}

function findLists(root: ParentNode & Node, page: PageContext, opts: FindStoryListsOptions, memo: TextMemo): StoryList[] {
  const all = opts.elements ?? Array.from(root.querySelectorAll('*'));
  const order = new Map<Element, number>();
  all.forEach((el, i) => order.set(el, i));
  const search: ListSearch = {
    ctx: { baseUrl: page.baseUrl, now: page.now, dayFirst: dayFirstFor(page.lang), siteKey: page.siteKey, memo },
    stopAt: isElement(root) ? root : null,
    order,
    textLengths: new Map(),
  };
  const links = storyLinksByTarget(all, skipNavigation(all), search.ctx);
  const owned = ownCards(links, search.stopAt);
  const lists = qualifyLists(owned, search);
  mergeGridRows(lists, search);
  const runs = labelledRuns(owned, lists, search);
  const lone = loneCardsOfListShape(owned, lists, runs, search);
  const teasers = singleTeasers(links, lists, search, [...runs, ...lone]);
  return assembleLists([...lists.values(), ...runs, ...lone, ...teasers], lists, search, opts.excludeUrl);
}

function positionOf(search: ListSearch, el: Element): number {
  return search.order.get(el) ?? -1;
}

function textLengthOf(search: ListSearch, el: Element): number {
  let n = search.textLengths.get(el);
  if (n === undefined) search.textLengths.set(el, (n = visibleText(el, search.ctx.memo).length));
  return n;
}

// A list holds little besides its cards (a label, a "See all"); an article with a few linked
// paragraphs, or a page section with a body of text, does not.
/** Other text up to this many characters is a list's furniture: a label, a "See all", a line of intro. */
const MAX_OTHER_TEXT = 400;
/** Beyond that, other text up to this share of the cards' own still leaves a list (long lists carry more furniture). */
const MAX_OTHER_SHARE = 0.5;

function holdsLittleElse(totalText: number, listText: number): boolean {
  const other = totalText - listText;
  return other <= MAX_OTHER_TEXT || other <= MAX_OTHER_SHARE * listText;
}

/** Phase 1: menus and scripts never hold stories; everything below them is skipped. Parents come first in `all`. */
function skipNavigation(all: readonly Element[]): Set<Element> {
  const skipped = new Set<Element>();
  for (const el of all) {
    const parent = el.parentElement;
    if ((parent && skipped.has(parent)) || isNavigation(el)) skipped.add(el);
  }
  return skipped;
}

/**
 * Phase 2: story links, article-like (or ad) targets with a headline or a picture. Short links
 * (publisher names, "Read more", section menus) do not shape the structure. A page links to one
 * story several times (picture, headline, "Read more"): each target is resolved and judged once.
 */
function storyLinksByTarget(all: readonly Element[], skipped: ReadonlySet<Element>, ctx: CardContext): CardLink[] {
  const targets = new Map<string, Target | null>();
  const pageHost = hostOf(ctx.baseUrl);
  const targetOf = (href: string): Target | null => {
    let t = targets.get(href);
    if (t === undefined) {
      const u = resolveUrl(href, ctx.baseUrl);
      const ad = !!u && isAdUrl(u);
      const articleLike = !!u && !ad && isArticleLikeUrl(u);
      t = u ? { raw: href, href: u.href, ad, articleLike, offsiteId: !ad && !articleLike && isOffsiteId(u, pageHost) } : null;
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
    if (!ad && !t.articleLike && !(t.offsiteId && readsAsHeadline(el, ctx.memo))) continue;
    if (!ad && !hasHeadlineOrPicture(el, ctx.memo)) continue;
    if (t.url === undefined) t.url = canonicalStoryUrl(t.raw, ctx.baseUrl);
    if (!t.url) continue;
    const pictureOnly = !ad && visibleText(el, ctx.memo).length < Math.min(MIN_LINK_HEADLINE, minHeadlineLength(visibleText(el, ctx.memo)));
    links.push({ a: el, url: t.url, key: ad ? `ad:${t.href}` : urlKey(t.url), ad, ...(pictureOnly ? { pictureOnly } : {}) });
  }
  return links;
}

/**
 * Phase 3: card ownership. Every element above a story link is marked with the story it holds (or
 * "several"); a card is the highest element that still holds one, and its parent is its container.
 * Headlines decide: a picture linking elsewhere than the headline beside it (an aggregator's item
 * page behind the image, the publisher behind the title) belongs to that headline's card, so it
 * does not split the card in two.
 */
/** How far above a picture link the headline it belongs with may be held (its parent is 1). */
const PICTURE_JOIN_LEVELS = 2;

/** An element that only wraps one other: one child element and no text of its own. */
function isBareWrapper(el: Element): boolean {
  return el.children.length === 1 && !/\S/.test(ownText(el));
}

function ownCards(links: readonly CardLink[], stopAt: Element | null): OwnedCards {
  const owner = new Map<Element, string>();
  const mark = (l: CardLink, key: string) => {
    for (let el: Element | null = l.a; el && el !== stopAt; el = el.parentElement) {
      const cur = owner.get(el);
      if (cur === undefined) owner.set(el, key);
      else if (cur === key || cur === MULTI) break;
      else owner.set(el, MULTI);
    }
  };
  const headlines = links.filter((l) => !l.pictureOnly);
  for (const l of headlines) mark(l, l.key);
  /**
   * Where each picture joins a headline's card: its nearest ancestor held by one headline, no more
   * than PICTURE_JOIN_LEVELS above it. A card puts its picture beside its headline; a picture whose
   * nearest headline is further up is a story of its own (a gallery, a promo), not part of that card.
   */
  const joins = new Map<CardLink, Element>();
  const pictures = links.filter((l) => l.pictureOnly);
  for (const l of pictures) {
    // Levels are counted where the tree branches: a wrapper around one element and no text of its own
    // puts the headline no further away (extra wrappers change nothing a reader sees).
    let held: Element | null = l.a.parentElement;
    for (let level = 1; held && held !== stopAt && owner.get(held) === undefined; ) {
      const next = level + (isBareWrapper(held) ? 0 : 1);
      if (next > PICTURE_JOIN_LEVELS) break;
      level = next;
      held = held.parentElement;
    }
    if (held && held !== stopAt && owner.get(held) !== undefined && owner.get(held) !== MULTI) joins.set(l, held);
  }
  for (const l of pictures) if (!joins.has(l)) mark(l, l.key);

  const linksOf = new Map<Element, CardLink[]>();
  const byContainer = new Map<Element, Element[]>();
  // Headlines first: a card's first link is the one its story is read from.
  for (const l of [...headlines, ...pictures]) {
    const joined = joins.get(l);
    const key = joined ? owner.get(joined)! : l.key;
    let card = joined ?? l.a;
    while (card.parentElement && card.parentElement !== stopAt && owner.get(card.parentElement) === key) card = card.parentElement;
    const known = linksOf.get(card);
    if (known) {
      known.push(l);
      continue;
    }
    linksOf.set(card, [l]);
    const parent = card.parentElement;
    if (!parent) continue;
    const list = byContainer.get(parent);
    if (list) list.push(card);
    else byContainer.set(parent, [card]);
  }
  return { linksOf, byContainer };
}

/**
 * Phase 4: the containers that are lists, by repeated shape (at least two readable cards share their
 * tag) and little other text. Keyed by container.
 */
function qualifyLists(owned: OwnedCards, search: ListSearch): Map<Element, Candidate> {
  // Deepest containers first, so a list nested in another is known when its parent is judged.
  const candidates = [...owned.byContainer]
    .filter(([, cards]) => cards.length >= MIN_CARDS)
    .sort((a, b) => positionOf(search, b[0]) - positionOf(search, a[0]));
  const qualified = new Map<Element, Candidate>();
  for (const [container, cardEls] of candidates) {
    const cards = cardEls.map((el) => describeCard(el, owned.linksOf.get(el)!, search.ctx));
    const valid = cards.filter((c) => c.valid);
    if (valid.length < MIN_CARDS) continue;
    const tags = new Map<string, number>();
    for (const c of valid) tags.set(tagOf(c.el), (tags.get(tagOf(c.el)) ?? 0) + 1);
    if (Math.max(...tags.values()) < MIN_CARDS) continue;
    // Only readable cards count as list: a reference list of cited sentences is mostly "other".
    let listText = cards.reduce((n, c) => n + (c.valid || c.adLink ? c.textLength : 0), 0);
    for (const kid of Array.from(container.children)) if (qualified.has(kid)) listText += textLengthOf(search, kid);
    if (!holdsLittleElse(textLengthOf(search, container), listText)) continue;
    qualified.set(container, { container, cards, parts: [] });
  }
  return qualified;
}

/** Phase 5: rows of one grid, sibling lists of one tag with no label between them, become one list (in place). */
function mergeGridRows(lists: Map<Element, Candidate>, search: ListSearch): void {
  const byParent = new Map<Element, Candidate[]>();
  for (const cand of lists.values()) {
    const parent = cand.container.parentElement;
    if (!parent) continue;
    const rows = byParent.get(parent);
    if (rows) rows.push(cand);
    else byParent.set(parent, [cand]);
  }
  for (const [parent, rows] of byParent) {
    if (rows.length < 2 || !isOneGrid(parent, rows, lists, search)) continue;
    const merged: Candidate = lists.get(parent) ?? { container: parent, cards: [], parts: [] };
    for (const r of rows) {
      merged.cards.push(...r.cards);
      merged.parts.push(r.container, ...r.parts);
      lists.delete(r.container);
    }
    merged.cards.sort((a, b) => positionOf(search, a.el) - positionOf(search, b.el));
    lists.set(parent, merged);
  }
}

/** Rows of one tag, no label between the first and the last, and a parent that holds little else. */
function isOneGrid(parent: Element, rows: Candidate[], lists: Map<Element, Candidate>, search: ListSearch): boolean {
  const tag = tagOf(rows[0].container);
  if (!rows.every((r) => tagOf(r.container) === tag)) return false;
  const rowSet = new Set(rows.map((r) => r.container));
  const kids = Array.from(parent.children);
  const first = kids.findIndex((k) => rowSet.has(k));
  const last = kids.length - 1 - [...kids].reverse().findIndex((k) => rowSet.has(k));
  if (kids.slice(first, last + 1).some((k) => !rowSet.has(k) && headingText(k, search.ctx.memo) !== null)) return false;
  // Sections that each carry their own heading ("Top Stories", "Crime & Safety") are lists of their
  // own, not rows of one grid.
  const labelled = rows.filter((r) => {
    const cards = new Set(r.cards.map((c) => c.el));
    return Array.from(r.container.children).some((k) => !cards.has(k) && headingText(k, search.ctx.memo) !== null);
  });
  if (labelled.length >= 2) return false;
  const own = lists.get(parent);
  const rowText = rows.reduce((n, r) => n + textLengthOf(search, r.container), 0) + (own ? own.cards.reduce((n, c) => n + c.textLength, 0) : 0);
  return holdsLittleElse(textLengthOf(search, parent), rowText);
}

// A related label ("You may also like...", "Related:") followed by paragraphs that are each one
// linked headline and nothing else is a list even inside the article's own container, where the
// prose around it keeps the container from qualifying as one. Both pieces of evidence are needed: the
// label, and blocks with no text beside their link. "Further reading" is no related label, so an
// article's own reading list stays.
/** Text beside the link, at most, in a block of a labelled run ("(video)", a bullet, a date). */
const RUN_BLOCK_EXTRA_TEXT = 20;

/** Phase 6: labelled runs of link-only blocks in containers that did not qualify as lists. */
function labelledRuns(owned: OwnedCards, lists: ReadonlyMap<Element, Candidate>, search: ListSearch): Candidate[] {
  const runs: Candidate[] = [];
  for (const [container, cardEls] of owned.byContainer) {
    if (lists.has(container) || cardEls.length < MIN_CARDS) continue;
    const cardSet = new Set(cardEls);
    let label: Heading | null = null;
    let run: Element[] = [];
    const close = () => {
      if (label && run.length >= MIN_CARDS) runs.push(runCandidate(label, run, owned, search));
      label = null;
      run = [];
    };
    for (const kid of Array.from(container.children)) {
      if (label && cardSet.has(kid) && isLinkOnly(kid, owned.linksOf.get(kid)!, search)) {
        run.push(kid);
        continue;
      }
      if (label && !textLongerThan(kid, 0)) continue; // empty ad slots and spacers between the lines
      close();
      const text = labelText(squashWithZeroWidth(visibleText(kid, search.ctx.memo)));
      if (isRelatedLabel(text)) label = { text, el: kid };
    }
    close();
  }
  return runs;
}

function isLinkOnly(block: Element, links: readonly CardLink[], search: ListSearch): boolean {
  const linkText = links.reduce((n, l) => Math.max(n, visibleText(l.a, search.ctx.memo).length), 0);
  return textLengthOf(search, block) <= linkText + RUN_BLOCK_EXTRA_TEXT;
}

function runCandidate(label: Heading, blocks: Element[], owned: OwnedCards, search: ListSearch): Candidate {
  const cards = blocks.map((el) => describeCard(el, owned.linksOf.get(el)!, search.ctx));
  return { container: label.el, cards, parts: blocks, run: label };
}

/** Whether an element is inside a list or a labelled run already found. */
function insideFound(lists: ReadonlyMap<Element, Candidate>, runs: readonly Candidate[], search: ListSearch): (el: Element) => boolean {
  const inRun = new Set(runs.flatMap((r) => r.parts));
  return (el) => {
    for (let x: Element | null = el; x && x !== search.stopAt; x = x.parentElement) if (lists.has(x) || inRun.has(x)) return true;
    return false;
  };
}

/**
 * Phase 6b: a section holding one card is no list by shape, but a card written exactly as the cards
 * of a list on the same page (same tag, same class list) is one of them: a feed's "Education" section
 * with one story today. Cards without a class list say nothing of their shape and are left alone, as
 * is a lone link of another shape.
 */
function loneCardsOfListShape(owned: OwnedCards, lists: ReadonlyMap<Element, Candidate>, runs: readonly Candidate[], search: ListSearch): Candidate[] {
  const shapeOf = (el: Element) => {
    const cls = classOf(el)?.trim();
    return cls ? `${el.localName} ${cls}` : null;
  };
  const shapes = new Set<string>();
  for (const cand of lists.values()) for (const c of cand.cards) if (c.valid && !c.sponsored) { const s = shapeOf(c.el); if (s) shapes.add(s); }
  if (!shapes.size) return [];
  const inList = insideFound(lists, runs, search);
  const found: Candidate[] = [];
  for (const [container, cardEls] of owned.byContainer) {
    if (inList(container)) continue;
    for (const cardEl of cardEls) {
      // The card may sit in its section's wrapper, which then holds that story alone too: the element
      // of the list cards' shape is looked for from the link up.
      const links = owned.linksOf.get(cardEl)!;
      let el: Element | null = links[0]!.a;
      while (el && el !== container && !shapes.has(shapeOf(el) ?? '')) el = el.parentElement;
      if (!el || el === container || !el.parentElement) continue;
      const card = describeCard(el, links.filter((l) => containsNode(el!, l.a)), search.ctx);
      if (!card.valid || card.sponsored || card.adLink) continue;
      found.push({ container: el.parentElement, cards: [card], parts: [] });
    }
  }
  return found;
}

/** Phase 7: single labelled teasers ("Read more: <headline>") outside the lists found above. */
function singleTeasers(links: readonly CardLink[], lists: Map<Element, Candidate>, search: ListSearch, runs: readonly Candidate[]): Candidate[] {
  const inList = insideFound(lists, runs, search);
  const teasers: Candidate[] = [];
  const boxes = new Set<Element>();
  for (const l of links) {
    if (l.ad || inList(l.a)) continue;
    const box = labelledBox(l.a, search.stopAt, search.ctx.memo) ?? lineBetweenProse(l.a, search);
    if (!box || boxes.has(box)) continue;
    const card = describeCard(box, [l], search.ctx);
    if (!card.valid || card.sponsored) continue;
    boxes.add(box);
    teasers.push({ container: box, cards: [card], parts: [], teaser: true });
  }
  return teasers;
}

/** A linked headline line has at least this many words: fewer is a name, a button or a document's title. */
const MIN_LINE_HEADLINE_WORDS = 5;
/** A paragraph of running prose: this long at least, most of it outside links. */
const MIN_PROSE_CHARS = 80;
const MAX_PROSE_LINK_SHARE = 0.5;
const LINE_TAGS = new Set(['p', 'div', 'h3', 'h4', 'h5', 'h6']);

/**
 * A paragraph that is one linked headline and nothing else, set between two paragraphs of running
 * prose ("<p><strong><a href=…>SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</a></strong></p>"
 * in the middle of a story): a teaser of another story, labelled or not. A line inside a list, or
 * beside other links, stays with them.
 */
function lineBetweenProse(a: Element, search: ListSearch): Element | null {
  const { memo } = search.ctx;
  const text = visibleText(a, memo);
  if (text.split(' ').length < MIN_LINE_HEADLINE_WORDS) return null;
  let line = a;
  while (line.parentElement && line.parentElement !== search.stopAt && visibleText(line.parentElement, memo).length === text.length) line = line.parentElement;
  if (line === a || !LINE_TAGS.has(tagOf(line))) return null;
  return isProse(besideWithText(line, 'previousElementSibling', memo), memo) && isProse(besideWithText(line, 'nextElementSibling', memo), memo) ? line : null;
}

/** The nearest sibling with text, past empty embeds and ad slots. */
function besideWithText(el: Element, way: 'previousElementSibling' | 'nextElementSibling', memo: TextMemo): Element | null {
  let x = el[way];
  while (x && !visibleText(x, memo)) x = x[way];
  return x;
}

function isProse(el: Element | null, memo: TextMemo): boolean {
  if (!el || tagOf(el) !== 'p') return false;
  const text = visibleText(el, memo);
  if (text.length < MIN_PROSE_CHARS) return false;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, x) => n + visibleText(x, memo).length, 0);
  return linked <= text.length * MAX_PROSE_LINK_SHARE;
}

/** Phase 8: the lists in document order, each with its label, its ads and its stories, no story twice. */
function assembleLists(candidates: Candidate[], lists: ReadonlyMap<Element, Candidate>, search: ListSearch, excludeUrl: string | undefined): StoryList[] {
  const excludeKey = excludeUrl ? canonicalStoryUrl(excludeUrl, search.ctx.baseUrl) : null;
  const seen: SeenStories = { byUrl: new Map(), byTitle: new Map(), excluded: excludeKey ? urlKey(excludeKey) : null };
  const found: StoryList[] = [];
  for (const cand of candidates.sort((a, b) => positionOf(search, a.container) - positionOf(search, b.container))) {
    const list = labelledList(cand, lists, search);
    // An article's own reading list ("Further reading", "Sources") is content, not other stories.
    if (list.heading && isReadingLabel(list.heading)) continue;
    addStories(list, cand.cards, seen);
    found.push(list);
  }
  return found;
}

/** Text an ad may hold even beside the shortest story cards: a label, a headline, an advertiser's line. */
const AD_MIN_TEXT = 300;

/** Room beside a list and its label in the wrapper taken with them: a "See all", a short line, no more. */
const WRAPPER_EXTRA_TEXT = 120;

/** A candidate as a StoryList with its label and its ads, stories still to add. */
function labelledList(cand: Candidate, lists: ReadonlyMap<Element, Candidate>, search: ListSearch): StoryList {
  const { stopAt, ctx } = search;
  const cardSet = new Set(cand.cards.map((c) => c.el));
  const partSet = new Set(cand.parts);
  const isPart = (el: Element) => cardSet.has(el) || partSet.has(el) || lists.has(el);
  // An ad is no larger than a story card: a block holding more text than any of the list's stories is
  // a body of text (an article with an "Ad" slot inside it, beside its "Read next" cards), never an
  // ad to drop whole.
  const adMax = Math.max(AD_MIN_TEXT, ...cand.cards.filter((c) => c.valid && !c.sponsored).map((c) => c.textLength));
  const adCards = cand.cards.filter((c) => c.sponsored && c.textLength <= adMax).map((c) => c.el);
  if (cand.run) return { container: cand.container, heading: cand.run.text, stories: [], sponsored: adCards, blocks: cand.parts };
  const heading = cand.teaser ? teaserLabel(cand.container, ctx.memo) : findHeading(cand.container, isPart, stopAt, ctx.memo);
  const list: StoryList = { container: cand.container, heading: heading?.text ?? null, stories: [], sponsored: adCards };
  // A label outside the list goes with it when the two share a wrapper that holds little else,
  // so removing the list does not leave "Related coverage" standing alone.
  if (heading && !containsNode(cand.container, heading.el)) {
    let wrapper = cand.container.parentElement;
    while (wrapper && wrapper !== stopAt && !containsNode(wrapper, heading.el)) wrapper = wrapper.parentElement;
    if (wrapper && wrapper !== stopAt && textLengthOf(search, wrapper) <= textLengthOf(search, cand.container) + heading.text.length + WRAPPER_EXTRA_TEXT) {
      list.container = wrapper;
    }
  }
  if (cand.teaser) list.teaser = true;

  // Ad slots between the cards ("Advertisement" boxes, ad iframes).
  for (const kid of cand.teaser ? [] : Array.from(cand.container.children)) {
    if (!isPart(kid) && textLengthOf(search, kid) <= adMax && isSponsoredBlock(kid, ctx.baseUrl, ctx.memo)) list.sponsored.push(kid);
  }
  list.sponsored.sort((a, b) => positionOf(search, a) - positionOf(search, b));
  return list;
}

/** The readable, unsponsored cards' stories; one seen before (same URL or title) is merged into its first place. */
function addStories(list: StoryList, cards: readonly CardInfo[], seen: SeenStories): void {
  // Where the list's cards show "Author in Publication", the author's place holds a person on every
  // card: a card showing only a name there ("Dev Patel", no "in …") names no publication.
  const authorSlots = new Set<string>();
  for (const c of cards) if (c.valid && !c.sponsored && c.authorSlot) authorSlots.add(c.authorSlot);
  for (const c of cards) {
    if (!c.valid || c.sponsored) continue;
    const inAuthorSlot = c.sourceSlot !== null && [...authorSlots].some((a) => c.sourceSlot === a || c.sourceSlot!.startsWith(`${a}/`));
    const story = inAuthorSlot ? { ...c.story, source: null } : c.story;
    const key = urlKey(story.url);
    if (key === seen.excluded) continue;
    const titleKey = foldKey(story.title);
    const earlier = seen.byUrl.get(key) ?? seen.byTitle.get(titleKey);
    if (earlier) {
      earlier.list.stories[earlier.index] = mergeStories(earlier.list.stories[earlier.index], story);
      seen.byUrl.set(key, earlier);
      seen.byTitle.set(titleKey, earlier);
      continue;
    }
    const entry = { list, index: list.stories.length };
    list.stories.push(story);
    seen.byUrl.set(key, entry);
    seen.byTitle.set(titleKey, entry);
  }
}
