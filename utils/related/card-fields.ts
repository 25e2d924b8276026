// Reading one story card: its headline, publisher, age, blurb and picture. A card is any element that
// holds the links to one story; nothing here depends on a site's class names, only on generic hints
// ("title", "provider") when they exist.

import type { Story } from '../types';
import { headlineWithoutKicker } from '../kit/dom';
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, largestSrcsetCandidate, PICTURE_SOURCE } from '../kit/images';
import { compactKey, foldKey, squashWithZeroWidth } from '../kit/text';
import { alternation, wordsOfAllLanguages } from '../lexicon';
import { attrHints, containsNode, isTextLeaf, ownText, tagOf, undouble, visibleText, type TextMemo } from './dom-text';
import { isRelatedLabel } from './related-labels';
import { cleanTimeText, parseStoryTime, splitTrailingTime } from './relative-time';
import { isSponsoredBlock, isSponsoredLabel } from './sponsored';
import { isProfileUrl, resolveUrl } from './story-url';

export interface CardLink {
  a: Element;
  url: string;
  key: string;
  ad: boolean;
  /** A picture (or a label too short for a headline) and no headline text. */
  pictureOnly?: boolean;
}

export interface CardInfo {
  el: Element;
  readonly story: Story;
  /** A readable headline was found, outside running prose. */
  valid: boolean;
  /** One of its links goes to an ad network. */
  adLink: boolean;
  /** An ad: an ad link, a "Sponsored" label or an ad marker (worked out on first use). */
  readonly sponsored: boolean;
  textLength: number;
  /**
   * Where the card's text taken as its source sits ("div/div/p"), and where an author's name stands
   * before "in <publication>": worked out with the story.
   */
  readonly sourceSlot: string | null;
  readonly authorSlot: string | null;
}

export interface CardContext {
  baseUrl: string;
  now: number;
  dayFirst: boolean;
  /** The aggregator's own name, folded ("msn", "daily8"): never a card's source. */
  siteKey: string;
  /** The run's remembered texts (see TextMemo). */
  memo: TextMemo;
}

const MIN_TITLE = 20;
// Chinese, Japanese and Korean write a headline in far fewer characters: "浜松市で住宅火災　2人けが" is a whole one.
const MIN_CJK_TITLE = 8;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Written in Chinese, Japanese or Korean, whose headlines have no spaces between words. */
export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** The fewest characters a headline in this text's script has. */
export function minHeadlineLength(text: string): number {
  return isCjk(text) ? MIN_CJK_TITLE : MIN_TITLE;
}
const MAX_TITLE = 300;
const MAX_SUMMARY = 400;
/**
 * A card is a teaser: the largest one with a headline on the 580 benchmark and fixture pages holds
 * 509 elements, most under 50. A block with more is no card, and reading one as a card costs time
 * that grows with its size times its depth (a hostile page's 27,000 nested elements took 9 s).
 */
const MAX_CARD_ELEMENTS = 1_000;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TITLE_HINT = /title|headline|heading|(?:^|[\s_-])hed(?:$|[\s_-])/;
const SOURCE_HINT = /source|provider|publisher|attribution|brand|outlet|channel|sitename|site-name|partner-name/;
// Texts on cards that are neither a source nor a title.
const NOT_SOURCE = new RegExp(
  `^(?:by\\s.*|(?:in|under|filed under|posted in|category:?)\\s.*|${alternation(wordsOfAllLanguages((l) => l.actions.notSources))}|\\d+\\s*(?:comments?|min read|shares?|likes?|views?)?|\\d+(?:[.,]\\d+)?k?)$`,
  'i',
);

// The word between an author and the publication they write in: "Ana Ruiz in The Commons Desk".
const PUBLICATION_JOINERS = new Set(wordsOfAllLanguages((l) => l.byline.publicationJoiners ?? []));

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// Link texts that name an action, not a story: "Learn more about WebIDE", "Read the full story".
const ACTION_LINK = new RegExp(`^(?:${alternation(wordsOfAllLanguages((l) => l.actions.cardLinks))})\\b`, 'i');

function looksLikeTitle(text: string): boolean {
  if (text.length < minHeadlineLength(text) || text.length > MAX_TITLE || ACTION_LINK.test(text)) return false;
  // Scripts without spaces between words (CJK) have fewer "words" for the same headline.
  if (CJK.test(text)) return true;
  // A headline is mostly words; "INE528G01027, YESBANK, 532648" (a stock's codes) is not.
  const all = text.split(/\s+/).filter(Boolean);
  const wordLike = all.filter(isWordLike).length;
  return all.length >= 3 && wordLike >= 2 && wordLike * 2 >= all.length;
}

/**
 * Two letters or more, and more letters than digits: "iOS-8", "1Password", "COVID-19"; not "INE528G01027".
 * Vowel signs count as letters: Hindi "में" is a word of one consonant and two marks.
 */
function isWordLike(token: string): boolean {
  const letters = token.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  const digits = token.match(/\d/g)?.length ?? 0;
  return letters >= 2 && letters > digits;
}

/** A short publisher-like text: "Reuters", "Russia Today", "The Hill". */
function asSource(raw: string, ctx: CardContext, title: string): string | null {
  const t = squashWithZeroWidth(raw).replace(/^[•·|\-–—]+\s*/, '').replace(/\s*[•·|\-–—:]+$/, '').replace(/\s+logo$/i, '').trim();
  if (t.length < 2 || t.length > 40 || words(t) > 6 || !/\p{L}/u.test(t)) return null;
  if (NOT_SOURCE.test(t) || isSponsoredLabel(t) || isRelatedLabel(t) || /[?!]$/.test(t)) return null;
  // A share or rating ("R 17%", "Left 38%", "4.5 ★") names no one, nor does a count ("9 sources").
  if (/\d\s*[%★☆]/u.test(t) || /^\d[\d.,]*\s+\p{L}+$/u.test(t)) return null;
  if (/\.$/.test(t) && words(t) > 3) return null;
  const key = compactKey(t);
  if (ctx.siteKey && (key === ctx.siteKey || key === ctx.siteKey + 'news' || key === ctx.siteKey + 'com')) return null;
  if (title && foldKey(title).includes(foldKey(t)) && t.length > 12) return null;
  return t;
}

function imageUrl(el: Element, baseUrl: string): string | null {
  const candidates: (string | null)[] = [];
  for (const attr of LAZY_SRC_ATTRS) candidates.push(el.getAttribute(attr));
  for (const attr of LAZY_SRCSET_ATTRS) candidates.push(largestSrcsetCandidate(el.getAttribute(attr)));
  candidates.push(el.getAttribute('src'));
  const style = el.getAttribute('style');
  const bg = style && /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")]+)/i.exec(style);
  if (bg) candidates.push(bg[1]);
  for (const c of candidates) {
    if (!c || /^data:/i.test(c.trim())) continue;
    const u = resolveUrl(c, baseUrl);
    if (u) return u.toString();
  }
  return null;
}

function isLogoImage(img: Element, memo: TextMemo): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  if ((w > 0 && w <= 48) || (h > 0 && h <= 48)) return true;
  const hints = `${img.getAttribute('alt') ?? ''} ${attrHints(img, memo)} ${img.getAttribute('src') ?? ''}`.toLowerCase();
  return /logo|favicon|avatar|icon/.test(hints);
}

function pickImage(els: Element[], ctx: CardContext): { image: string | null; logoAlt: string | null } {
  let image: string | null = null;
  let logoAlt: string | null = null;
  for (const el of els) {
    const tag = tagOf(el);
    if (tag === 'img' || tag === 'amp-img') {
      if (isLogoImage(el, ctx.memo)) {
        logoAlt ??= el.getAttribute('alt');
        continue;
      }
      image ??= imageUrl(el, ctx.baseUrl);
      if (!image) {
        // <picture><source srcset> with a placeholder <img>.
        const source = el.parentElement && tagOf(el.parentElement) === 'picture' ? el.parentElement.querySelector(PICTURE_SOURCE) : null;
        if (source) image = imageUrl(source, ctx.baseUrl);
      }
    } else if (!image && el.hasAttribute('style') && /url\(/i.test(el.getAttribute('style') ?? '')) {
      image = imageUrl(el, ctx.baseUrl);
    }
  }
  return { image, logoAlt };
}

/**
 * Whether the link sits inside a sentence (article prose) instead of standing as a headline: text
 * written around it in its own block, up to the card's parent.
 */
function isInProse(a: Element, card: Element): boolean {
  const stop = card.parentElement;
  let el: Element | null = a;
  for (let depth = 0; el && depth < 4; depth++) {
    const parent: Element | null = el.parentElement;
    if (!parent) break;
    if (ownText(parent).length >= 15) return true;
    if (parent === stop) break;
    el = parent;
  }
  return false;
}

function chooseTitle(els: Element[], links: CardLink[], memo: TextMemo): { text: string; el: Element } | null {
  const headings: Element[] = [];
  const hinted: Element[] = [];
  for (const el of els) {
    const tag = tagOf(el);
    if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') headings.push(el);
    else if (TITLE_HINT.test(attrHints(el, memo)) && !/subtitle|sub-title/.test(attrHints(el, memo))) hinted.push(el);
  }
  // Leaves first among hinted elements: a "card-title-wrap" may also hold the source and the age.
  const hintedLeaves = hinted.filter((el) => isTextLeaf(el, memo));
  for (const group of [headings, hintedLeaves, hinted]) {
    for (const el of group) {
      const t = undouble(group === headings ? squashWithZeroWidth(headlineWithoutKicker(el) ?? '') || visibleText(el, memo) : visibleText(el, memo));
      if (looksLikeTitle(t) && !isSponsoredLabel(t)) return { text: t, el };
    }
  }
  // The longest link text that is a single text, then the longest single text inside a link.
  const best: { text: string; el: Element | null } = { text: '', el: null };
  const consider = (el: Element) => {
    const t = undouble(visibleText(el, memo));
    if (looksLikeTitle(t) && t.length > best.text.length) {
      best.text = t;
      best.el = el;
    }
  };
  const found = () => (best.el ? { text: best.text, el: best.el } : null);
  for (const l of links) if (isTextLeaf(l.a, memo)) consider(l.a);
  if (best.el) return found();
  for (const l of links) {
    for (const el of Array.from(l.a.querySelectorAll('*'))) if (isTextLeaf(el, memo)) consider(el);
  }
  if (best.el) return found();
  for (const l of links) consider(l.a);
  if (best.el) return found();
  for (const l of links) {
    // WordPress themes title their links "Permalink to <headline>".
    const label = squashWithZeroWidth(l.a.getAttribute('aria-label') ?? l.a.getAttribute('title') ?? '').replace(/^(?:permalink|link) to\s+/i, '');
    if (looksLikeTitle(label)) return { text: label, el: l.a };
  }
  return null;
}


interface TimeFound {
  el: Element;
  timeText: string | null;
  publishedTime: string | null;
  sourceHint: string | null;
}

function findTime(els: Element[], titleEl: Element | null, ctx: CardContext): TimeFound | null {
  const { memo } = ctx;
  for (const el of els) {
    if (tagOf(el) !== 'time') continue;
    const dt = el.getAttribute('datetime');
    const ms = dt ? Date.parse(dt) : NaN;
    const text = cleanTimeText(visibleText(el, memo));
    const parsed = text ? parseStoryTime(text, ctx.now, { dayFirst: ctx.dayFirst }) : null;
    if (Number.isNaN(ms) && !parsed) continue;
    return {
      el,
      timeText: text && text.length <= 40 ? text : null,
      publishedTime: Number.isNaN(ms) ? parsed : new Date(ms).toISOString(),
      sourceHint: null,
    };
  }
  for (const el of els) {
    if (titleEl && containsNode(titleEl, el)) continue;
    if (!isTextLeaf(el, memo)) continue;
    const raw = visibleText(el, memo);
    if (raw.length === 0 || raw.length > 60) continue;
    const direct = parseStoryTime(raw, ctx.now, { dayFirst: ctx.dayFirst });
    if (direct) return { el, timeText: cleanTimeText(raw), publishedTime: direct, sourceHint: null };
    // "Reuters · 2h" or "Russia Today7 days ago" in one text.
    const parts = raw.split(/\s*[•·|]\s*/).filter(Boolean);
    if (parts.length > 1) {
      const i = parts.findIndex((p) => parseStoryTime(p, ctx.now, { dayFirst: ctx.dayFirst }) !== null);
      if (i >= 0) {
        const t = cleanTimeText(parts[i]);
        const other = parts.filter((_, j) => j !== i).join(' · ');
        return { el, timeText: t, publishedTime: parseStoryTime(t, ctx.now, { dayFirst: ctx.dayFirst }), sourceHint: other || null };
      }
    }
    const split = splitTrailingTime(raw, ctx.now);
    if (split) {
      return {
        el,
        timeText: split.timeText,
        publishedTime: parseStoryTime(split.timeText, ctx.now, { dayFirst: ctx.dayFirst }),
        sourceHint: split.before,
      };
    }
  }
  return null;
}

/** The node before `el` inside `card`, stepping out of wrappers that hold nothing before it; blank text and comments skipped. */
function nodeBefore(el: Element, card: Element): Node | null {
  for (let x: Element | null = el; x && x !== card; x = x.parentElement) {
    let prev = x.previousSibling;
    while (prev && (prev.nodeType === 8 || (prev.nodeType === 3 && !(prev.textContent ?? '').trim()))) prev = prev.previousSibling;
    if (prev) return prev;
  }
  return null;
}

function nodeText(node: Node, memo: TextMemo): string {
  return node.nodeType === 1 ? visibleText(node as Element, memo) : squashWithZeroWidth(node.textContent ?? '');
}

/**
 * The publication a card names after its author, "Ana Ruiz in The Commons Desk": a leaf that follows
 * a joiner standing alone ("in"), which itself follows a name.
 */
function publicationAfterJoiner(leaves: Element[], card: Element, ctx: CardContext, title: string): FoundSource | null {
  for (const leaf of leaves) {
    const joiner = nodeBefore(leaf, card);
    if (!joiner || !PUBLICATION_JOINERS.has(nodeText(joiner, ctx.memo).trim().toLowerCase())) continue;
    const author = joiner.nodeType === 1 ? nodeBefore(joiner as Element, card) : joiner.previousSibling;
    if (!author || !asSource(nodeText(author, ctx.memo), ctx, title)) continue;
    const s = asSource(visibleText(leaf, ctx.memo), ctx, title);
    if (s) return { text: s, el: leaf, author: author.nodeType === 1 ? (author as Element) : author.parentElement };
  }
  return null;
}

interface FoundSource {
  text: string;
  el: Element | null;
  /** The author's name before "in", when the publication was found after it. */
  author?: Element | null;
}

/**
 * Where an element sits in its card, as the tags on the way down ("div/div/p"): cards of one list
 * share their shape, so the same place holds the same kind of text in each.
 */
function slotOf(el: Element | null | undefined, card: Element): string | null {
  const tags: string[] = [];
  for (let x = el ?? null; x && x !== card; x = x.parentElement) tags.push(tagOf(x));
  return el ? tags.reverse().join('/') : null;
}

/** A name that links to a person's page ("/@ana", "/author/jane-doe") is an author, never the publisher. */
function linksToPerson(el: Element, card: Element, baseUrl: string): boolean {
  for (let x: Element | null = el; x && x !== card.parentElement; x = x.parentElement) {
    if (tagOf(x) !== 'a') continue;
    const u = resolveUrl(x.getAttribute('href'), baseUrl);
    return u !== null && isProfileUrl(u);
  }
  return false;
}

function findSource(
  els: Element[], card: Element, title: string, titleEl: Element | null, time: TimeFound | null, logoAlt: string | null, ctx: CardContext,
): FoundSource | null {
  const { memo } = ctx;
  const usable = (el: Element) => !(titleEl && (containsNode(titleEl, el) || containsNode(el, titleEl))) && !(time && containsNode(el, time.el) && el !== time.el);
  const shortLeaves = (scope: Element[]) => scope.filter((el) => usable(el) && el !== time?.el && isTextLeaf(el, memo) && !linksToPerson(el, card, ctx.baseUrl));

  // The card's short texts, read once for the steps below that look at all of them.
  const cardLeaves = shortLeaves(els);
  const joined = publicationAfterJoiner(cardLeaves, card, ctx, title);
  if (joined) return joined;

  if (time?.sourceHint) {
    const s = asSource(time.sourceHint, ctx, title);
    if (s) return { text: s, el: time.el };
  }
  for (const el of els) {
    if (!SOURCE_HINT.test(attrHints(el, memo)) || !usable(el)) continue;
    const leaves = [el, ...Array.from(el.querySelectorAll('*'))].filter((x) => x !== time?.el && isTextLeaf(x, memo) && !linksToPerson(x, card, ctx.baseUrl));
    for (const leaf of leaves) {
      const s = asSource(visibleText(leaf, memo), ctx, title);
      if (s) return { text: s, el: leaf };
    }
    const alt = el.querySelector('img[alt]')?.getAttribute('alt');
    const s = alt ? asSource(alt, ctx, title) : null;
    if (s) return { text: s, el };
  }
  // A name written beside its own picture (a logo or avatar whose alt says the same): the publisher's
  // badge, which outranks whatever else shares the age's row ("3 hours ago · United States").
  const logoNames = new Set(els.filter((el) => tagOf(el) === 'img').map((img) => foldKey(img.getAttribute('alt') ?? '')).filter(Boolean));
  if (logoNames.size) {
    for (const leaf of cardLeaves) {
      const text = visibleText(leaf, memo);
      if (!logoNames.has(foldKey(text))) continue;
      const s = asSource(text, ctx, title);
      if (s) return { text: s, el: leaf };
    }
  }
  // Next to the age: the texts sharing its row (parent, then grandparent), nearest to the age first.
  // A row may lead with the story's section ("Local • Coastal Morning Post · 7 days ago"); the
  // publisher is the name the age belongs to.
  if (time) {
    let scope: Element | null = time.el.parentElement;
    for (let depth = 0; scope && depth < 2 && containsNode(card, scope); depth++, scope = scope.parentElement) {
      for (const leaf of nearestFirst(shortLeaves(Array.from(scope.querySelectorAll('*'))), time.el)) {
        const s = asSource(visibleText(leaf, memo), ctx, title);
        if (s) return { text: s, el: leaf };
      }
      const alt = Array.from(scope.querySelectorAll('img[alt]')).map((i) => i.getAttribute('alt') ?? '').find((a) => asSource(a, ctx, title));
      if (alt) return { text: asSource(alt, ctx, title)!, el: null };
      if (scope === card) break;
    }
  }
  if (logoAlt) {
    const s = asSource(logoAlt, ctx, title);
    if (s) return { text: s, el: null };
  }
  // One short capitalised text left on the card, and only one: a lone publisher name.
  const found = new Map<string, { text: string; el: Element }>();
  for (const leaf of cardLeaves) {
    if (tagOf(leaf) === 'a' && leaf.getAttribute('href') && visibleText(leaf, memo).length > 40) continue;
    const raw = visibleText(leaf, memo);
    const s = raw.length <= 40 ? asSource(raw, ctx, title) : null;
    if (s && /^[\p{Lu}\p{N}]/u.test(s)) found.set(foldKey(s), { text: s, el: leaf });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * `leaves` (in document order) by their distance from `anchor` in that order, the one just before
 * it first: the name in "Source · 2h" stands before its age.
 */
function nearestFirst(leaves: Element[], anchor: Element): Element[] {
  const before: Element[] = [];
  const after: Element[] = [];
  for (const el of leaves) (el.compareDocumentPosition(anchor) & 4 /* anchor follows */ ? before : after).push(el);
  const order: Element[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[before.length - 1 - i];
    if (b) order.push(b);
    if (after[i]) order.push(after[i]!);
  }
  return order;
}

function findSummary(els: Element[], title: string, titleEl: Element | null, avoid: (Element | null)[], memo: TextMemo): string | null {
  const titleKey = foldKey(title);
  let best: string | null = null;
  for (const el of els) {
    const tag = tagOf(el);
    if (tag === 'a' && el.querySelector('img')) continue;
    if (titleEl && (containsNode(el, titleEl) || containsNode(titleEl, el))) continue;
    if (avoid.some((x) => x && containsNode(el, x))) continue;
    const t = visibleText(el, memo);
    if (t.length < 40 || (best && t.length <= best.length)) continue;
    const key = foldKey(t);
    // A block that repeats the headline is its second copy, not a blurb.
    if (titleKey && key.includes(titleKey)) continue;
    best = t;
  }
  if (!best) return null;
  if (best.length <= MAX_SUMMARY) return best;
  const cut = best.slice(0, MAX_SUMMARY);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_SUMMARY * 0.6)).replace(/[\s,;:.–—-]+$/, '') + '…';
}

/** A block too large to be a card: never valid, never read for a story. */
function notACard(card: Element, links: CardLink[], textLength: number): CardInfo {
  const adLink = links.some((l) => l.ad);
  return {
    el: card,
    valid: false,
    adLink,
    textLength,
    sponsored: adLink,
    get story(): Story {
      throw new Error('A block too large to be a card has no story.');
    },
    sourceSlot: null,
    authorSlot: null,
  };
}

/**
 * Reads a card: whether it reads as a card at all (a headline outside prose) right away; the Story
 * it shows and whether it is an ad on first use, since most candidate cards are never asked.
 */
export function describeCard(card: Element, links: CardLink[], ctx: CardContext): CardInfo {
  const els = [card, ...Array.from(card.querySelectorAll('*'))];
  const text = visibleText(card, ctx.memo);
  if (els.length > MAX_CARD_ELEMENTS) return notACard(card, links, text.length);
  const titled = chooseTitle(els, links, ctx.memo);
  const title = titled?.text ?? '';
  const titleEl = titled?.el ?? null;
  const titleLink = titleEl ? links.find((l) => containsNode(l.a, titleEl) || containsNode(titleEl, l.a))?.a ?? null : null;
  const prose = titleLink ? isInProse(titleLink, card) : links.some((l) => isInProse(l.a, card));
  const adLink = links.some((l) => l.ad);

  let sponsored: boolean | undefined;
  let read: { story: Story; sourceSlot: string | null; authorSlot: string | null } | undefined;
  const readCard = () => {
    const time = findTime(els, titleEl, ctx);
    const { image, logoAlt } = pickImage(els, ctx);
    const source = findSource(els, card, title, titleEl, time, logoAlt, ctx);
    const summary = title ? findSummary(els, title, titleEl, [time?.el ?? null, source?.el ?? null], ctx.memo) : null;
    const story: Story = {
      title,
      url: links[0].url,
      source: source?.text ?? null,
      publishedTime: time?.publishedTime ?? null,
      timeText: time?.timeText ?? null,
      summary,
      image,
    };
    return { story, sourceSlot: slotOf(source?.el, card), authorSlot: slotOf(source?.author, card) };
  };
  return {
    el: card,
    valid: title !== '' && !prose && text.length <= 3000,
    adLink,
    textLength: text.length,
    get sponsored() {
      sponsored ??= adLink || isSponsoredBlock(card, ctx.baseUrl, ctx.memo, els.slice(1));
      return sponsored;
    },
    get story() {
      read ??= readCard();
      return read.story;
    },
    get sourceSlot() {
      read ??= readCard();
      return read.sourceSlot;
    },
    get authorSlot() {
      read ??= readCard();
      return read.authorSlot;
    },
  };
}
