// Finds clutter blocks in a document by the compiled filter rules.
//
// The hard part is never taking article text. Three guards do it:
// - a phrase or link only counts when it is a whole block, not words inside a sentence;
// - no block is removed that holds a large share of the page's paragraph text, the title, or a landmark;
// - a container is only taken whole when at least two clutter signals sit in it and little else does.
//
// findClutter runs in phases over one Scan: selectors queried at once, then every element read
// against the attribute, phrase and link rules, then small containers made of clutter promoted,
// then each hit filed under the outermost block that goes.
import { ARTICLE_SHARE, holdMuchOfTheProseTogether, holdsMuchOfTheProse } from '../article-guard';
import type { CompiledRule } from './compile-rules';
import { classOf, describingClassOf, indexPage, MAX_INDEXED_TEXT, type PageIndex } from '../page-index';
import { matchPlanned, queryComplex } from './selector-plan';
import { prepareRules, type PhraseAnswers, type PreparedRules } from './prepared-rules';
import { squash } from '../kit/text';

export interface ClutterMatch {
  element: Element;
  pack: string;
  /** Clutter of other packs found inside this block, which goes with it. */
  nested?: ClutterMatch[];
}

export interface FindOptions {
  /** Elements that must survive with everything above them (the title heading). */
  protect?: readonly Element[];
  /** Share of the page's paragraph text above which a block is taken to be the article. */
  maxParagraphShare?: number;
  /** Phrase answers to reuse (and fill) across runs on one page; a fresh one by default. */
  answers?: PhraseAnswers;
}

const LANDMARKS = new Set(['html', 'body', 'main', 'article', 'head']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul', 'body',
]);
// amp-img: AMP pages' images (the stages read the page before they are turned into <img>).
export const IMAGE_TAGS = new Set(['img', 'svg', 'picture', 'amp-img']);
const LABELLED = new Set(['button', 'a']);
/** Blocks longer than this are never compared with phrases (the longest phrase patterns stay below it). */
const MAX_PHRASE_BLOCK = 700;
/** A phrase's block may hold this many more characters (a count, a separator, an icon's name) and still be the phrase alone. */
const STANDALONE_SLACK = 40;
/** A wrapper adding at most this many characters (a label, a close button) goes with the block it wraps. */
const WRAPPER_SLACK = 24;
/** A block whose one child holds this share of its text is a wrapper: its phrase is read in the child. */
const WRAPPER_SHARE = 0.9;
/** Containers taken whole hold at most this much text that no rule matched. */
const MAX_UNMATCHED_IN_CONTAINER = 260;
/** Containers longer than this are sections of the page, never one clutter box, however many hits they hold. */
const MAX_CONTAINER_TEXT = 900;
/** Clutter signals a container must hold to be taken whole: one could be a word of the article's own. */
const MIN_SIGNALS_IN_CONTAINER = 2;
/** Levels a hit's container is looked for above it: a box of clutter is a few wrappers deep, not a page region. */
const MAX_CONTAINER_CLIMB = 5;
/** Characters of text that weigh as much as one more block when a container's pack is chosen. */
const CHARS_PER_BLOCK_VOTE = 1000;

/**
 * The attribute values that describe what an element is: class, id, test ids, label, role.
 * Read once per element into `known` (reused, so no object is built per element) and shared
 * with the selector rules; no string is built per element either.
 */
const ATTR_NAMES = ['data-testid', 'data-test-id', 'aria-label', 'role', 'data-component'] as const;

function readDescribing(el: Element, cls: string | null, known: Record<string, string | null>, out: string[]): string[] {
  out.length = 0;
  if (cls) out.push(cls);
  const id = el.getAttribute('id');
  known.id = id;
  // Ids made from a heading ("sharing-with-a-single-developer") name content, not clutter.
  if (id && !isHeadingSlug(id)) out.push(id);
  for (const name of ATTR_NAMES) {
    const v = el.getAttribute(name);
    known[name] = v;
    if (v) out.push(v);
  }
  return out;
}

const SLUG_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'with', 'and', 'for', 'in', 'on', 'is', 'how', 'why', 'what', 'your', 'our']);

function isHeadingSlug(id: string): boolean {
  const parts = id.toLowerCase().split(/[-_]+/);
  return parts.length >= 4 && parts.some((p) => SLUG_WORDS.has(p));
}

function linkMatches(href: string, patterns: readonly string[]): boolean {
  const h = href.trim().toLowerCase();
  let hostPath: string | null = null;
  const m = /^(?:https?:)?\/\/([^?#]+)/.exec(h);
  if (m) hostPath = m[1].replace(/^www\./, '');
  for (const p of patterns) {
    if (p.endsWith(':')) {
      if (h.startsWith(p)) return true;
    } else if (hostPath) {
      if (hostPath.startsWith(p)) return true;
      const dot = hostPath.indexOf('.' + p);
      if (dot >= 0 && !hostPath.slice(0, dot).includes('/')) return true;
    }
  }
  return false;
}

/** What the phases of one findClutter run share: the page's index and guards, and what was hit. */
interface Scan {
  root: Element;
  m: PageIndex;
  /** root and the elements below it, in document order. */
  elements: readonly Element[];
  maxShare: number;
  /** The protected elements and all their ancestors. */
  protectedSet: Set<Element>;
  /** Block → pack, in the order they were found. */
  hits: Map<Element, string>;
  /** Second opinions: a block already taken by another pack, so its pack can be credited too. */
  extras: ClutterMatch[];
  /** Blocks of the rules that must not take the article together (a person's own), held back until that is known. */
  pending: Map<CompiledRule, Element[]>;
  /** Blocks hit only by rules whose blocks go alone (FilterRule.alone): no container signal. */
  alone: Set<Element>;
}

/**
 * Clutter blocks below `root`, outermost first in document order. `index` must have been built
 * over root or one of its ancestors, and the tree not changed since.
 */
export function findClutter(root: Element, rules: readonly CompiledRule[], options: FindOptions & { index?: PageIndex } = {}): ClutterMatch[] {
  if (!rules.length) return [];
  const scan = startScan(root, options);
  const prepared = prepareRules(rules);
  matchSelectorsAtOnce(scan, prepared);
  matchEachElement(scan, prepared, options.answers ?? new Map());
  keepRulesThatLeaveTheArticle(scan);
  const promoted = promoteClutterContainers(scan);
  return fileUnderOutermost(scan, promoted);
}

/** Phase 0: the elements to read and the guards, from the page's index. */
function startScan(root: Element, options: FindOptions & { index?: PageIndex }): Scan {
  const m = options.index ?? indexPage(root);
  const start = m.root === root ? 0 : m.elements.indexOf(root);
  const elements = start <= 0 ? m.elements : m.elements.slice(start);
  const protectedSet = new Set<Element>();
  for (const el of options.protect ?? []) for (let a: Element | null = el; a; a = a.parentElement) protectedSet.add(a);
  return { root, m, elements, maxShare: options.maxParagraphShare ?? ARTICLE_SHARE, protectedSet, hits: new Map(), extras: [], pending: new Map(), alone: new Set() };
}

/** Never taken: a landmark, the main region, the headline or what holds it, or a block holding much of the article. */
function isGuarded(scan: Scan, el: Element, certain = false): boolean {
  return LANDMARKS.has(el.localName) || el.getAttribute('role') === 'main' || scan.protectedSet.has(el) || (!certain && holdsMuchOfTheProse(scan.m, el, scan.maxShare));
}

function addHit(scan: Scan, el: Element, rule: CompiledRule): void {
  if (el === scan.root || isGuarded(scan, el, rule.certain)) return;
  if (rule.guardTogether) {
    const list = scan.pending.get(rule);
    if (list) list.push(el);
    else scan.pending.set(rule, [el]);
    return;
  }
  fileHit(scan, el, rule.pack, rule.alone);
}

function fileHit(scan: Scan, el: Element, pack: string, alone = false): void {
  const had = scan.hits.get(el);
  if (had === undefined && alone) scan.alone.add(el);
  else if (!alone) scan.alone.delete(el);
  if (had === undefined) scan.hits.set(el, pack);
  else if (had !== pack && !scan.extras.some((x) => x.element === el && x.pack === pack)) scan.extras.push({ element: el, pack });
}

const textOf = (m: PageIndex, el: Element): string =>
  IMAGE_TAGS.has(el.localName) ? el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '' : m.text.get(el) ?? el.textContent ?? '';
const lenOf = (m: PageIndex, el: Element): number => m.len.get(el) ?? (el.textContent ?? '').length;

/** The nearest block-level ancestor-or-self. */
function blockOf(el: Element): Element {
  let b: Element = el;
  while (!BLOCK_TAGS.has(b.localName) && b.parentElement) b = b.parentElement;
  return b;
}

/** A phrase or link is clutter only as a whole block, never as words inside a longer sentence. */
function standsAlone(m: PageIndex, el: Element): boolean {
  // Buttons are never words of a sentence.
  if (BLOCK_TAGS.has(el.localName) || el.localName === 'button' || el.getAttribute('role') === 'button') return true;
  return squash(textOf(m, blockOf(el))).length <= squash(textOf(m, el)).length + STANDALONE_SLACK;
}

/** Climbs through wrappers that add (almost) nothing to the matched block. */
function climbWrappers(scan: Scan, el: Element): Element {
  let t = el;
  const own = lenOf(scan.m, el);
  const image = IMAGE_TAGS.has(el.localName);
  for (let a = t.parentElement; a && a !== scan.root && !isGuarded(scan, a); a = a.parentElement) {
    if (image ? lenOf(scan.m, a) > 0 || a.children.length > 1 : lenOf(scan.m, a) > own + WRAPPER_SLACK) break;
    t = a;
  }
  return t;
}

/** Phase 1: the selectors no single element can answer, in one query (each query is a walk of the tree). */
function matchSelectorsAtOnce(scan: Scan, { plan }: PreparedRules): void {
  if (plan) for (const [el, r] of queryComplex(plan, scan.root)) if (!r.tags || r.tags.has(el.localName)) addHit(scan, el, r);
}

/** Phase 2: every element against the simple selectors, the attribute patterns, the phrases and the link targets. */
function matchEachElement(scan: Scan, prepared: PreparedRules, answers: PhraseAnswers): void {
  const { plan, hasPhrases, linkRules } = prepared;
  const valueBuffer: string[] = [];
  const known: Record<string, string | null> = {};
  for (const el of scan.elements) {
    if (el === scan.root) continue;
    const tag = el.localName;
    const cls = classOf(el);
    const values = readDescribing(el, cls === null ? null : describingClassOf(el), known, valueBuffer);
    if (plan) {
      const r = matchPlanned(plan, el, tag, cls, known);
      if (r && (!r.tags || r.tags.has(tag))) addHit(scan, el, r);
    }
    matchAttributes(scan, prepared, el, tag, values);
    if (hasPhrases) matchPhrase(scan, prepared, answers, el, tag);
    if (tag === 'a' && linkRules.length) matchLink(scan, linkRules, el);
  }
}

function matchAttributes(scan: Scan, { anyAttr, attrRules }: PreparedRules, el: Element, tag: string, values: readonly string[]): void {
  if (!anyAttr) return;
  let any = false;
  for (let i = 0; i < values.length && !any; i++) any = anyAttr.test(values[i].toLowerCase());
  if (!any) return;
  const rule = attrRules.find((r) => (!r.tags || r.tags.has(tag)) && values.some((v) => r.attr!.test(v)));
  if (rule) addHit(scan, el, rule);
}

function matchPhrase(scan: Scan, { phraseMatches }: PreparedRules, answers: PhraseAnswers, el: Element, tag: string): void {
  const { m } = scan;
  const len = m.len.get(el) ?? 0;
  // Long blocks (cookie notices, sign-up small print) are only read where the text is written,
  // not again for every wrapper around it.
  if (!(IMAGE_TAGS.has(tag) || len <= MAX_INDEXED_TEXT || (len <= MAX_PHRASE_BLOCK && !isWrapper(el, len, m)))) return;
  // An icon button says what it is in its label, not its text ("Like", "Share", "Comments").
  const own = textOf(m, el);
  const label = LABELLED.has(tag) && !/\p{L}{2}/u.test(own) ? el.getAttribute('aria-label') : null;
  const raw = label ?? own;
  if (!raw || raw.length > MAX_PHRASE_BLOCK) return;
  const rule = phraseMatches(raw, answers).find((r) => !r.tags || r.tags.has(tag));
  if (rule && (IMAGE_TAGS.has(tag) || standsAlone(m, el))) addHit(scan, climbWrappers(scan, el), rule);
}

function matchLink(scan: Scan, linkRules: readonly CompiledRule[], el: Element): void {
  const href = el.getAttribute('href');
  if (!href) return;
  for (const r of linkRules) {
    if (linkMatches(href, r.links) && standsAlone(scan.m, el)) {
      addHit(scan, climbWrappers(scan, el), r);
      return;
    }
  }
}

/**
 * Phase 2b: each block of a rule is guarded, but a rule like `p` or `body *` takes the article
 * a paragraph at a time. A person's rule whose blocks together hold much of the page's paragraph
 * text is left out on this page; the others are filed.
 */
function keepRulesThatLeaveTheArticle(scan: Scan): void {
  for (const [rule, els] of scan.pending) {
    if (holdMuchOfTheProseTogether(scan.m, outermost(els), scan.maxShare)) continue;
    for (const el of els) fileHit(scan, el, rule.pack);
  }
}

/** Phase 3: a small container made of clutter (two signals or more, little else) is taken whole, under its majority pack. */
function promoteClutterContainers(scan: Scan): Map<Element, string> {
  const { m, hits } = scan;
  const targets = outermost([...hits.keys()]);
  const promoted = new Map<Element, string>();
  for (const t of targets) {
    let best: Element | null = null;
    let depth = 0;
    for (let a = t.parentElement; a && a !== scan.root && depth < MAX_CONTAINER_CLIMB && !isGuarded(scan, a); a = a.parentElement, depth++) {
      const total = lenOf(m, a);
      if (total > MAX_CONTAINER_TEXT) break;
      // Images carry no text, so they never make a container clutter by themselves.
      const inside = targets.filter((x) => x !== a && !IMAGE_TAGS.has(x.localName) && !scan.alone.has(x) && a.contains(x));
      if (inside.length < MIN_SIGNALS_IN_CONTAINER) continue;
      const matched = inside.reduce((s, x) => s + lenOf(m, x), 0);
      if (total - matched <= MAX_UNMATCHED_IN_CONTAINER) best = a;
    }
    if (best) promoted.set(best, majorityPack(best, targets, hits));
  }
  for (const [el, pack] of promoted) hits.set(el, pack);
  return promoted;
}

/** Phase 4: the outermost blocks are the matches; the hits of other packs inside one are filed under it, to be credited. */
function fileUnderOutermost({ hits, extras }: Scan, promoted: ReadonlyMap<Element, string>): ClutterMatch[] {
  const all = [...hits.keys()];
  const outer = outermost(all);
  const outerSet = new Set(outer);
  const nested = new Map<Element, ClutterMatch[]>();
  const topOf = (el: Element | null) => {
    while (el && !outerSet.has(el)) el = el.parentElement;
    return el;
  };
  for (const el of all) {
    if (outerSet.has(el)) continue;
    const top = topOf(el.parentElement);
    if (top && hits.get(top) !== hits.get(el) && !promoted.has(el)) {
      const list = nested.get(top) ?? [];
      if (!list.some((x) => x.pack === hits.get(el))) list.push({ element: el, pack: hits.get(el)! });
      nested.set(top, list);
    }
  }
  for (const x of extras) {
    const top = topOf(x.element);
    if (!top) continue;
    const list = nested.get(top) ?? [];
    if (hits.get(top) !== x.pack && !list.some((y) => y.pack === x.pack)) list.push(x);
    nested.set(top, list);
  }
  return outer.map((element) => ({ element, pack: hits.get(element)!, ...(nested.has(element) ? { nested: nested.get(element) } : {}) }));
}

/** The pack most of a container's clutter belongs to (by text, then by count). */
function majorityPack(container: Element, targets: Element[], hits: Map<Element, string>): string {
  const score = new Map<string, number>();
  for (const t of targets) {
    if (t === container || !container.contains(t)) continue;
    if (IMAGE_TAGS.has(t.localName)) continue;
    const pack = hits.get(t)!;
    score.set(pack, (score.get(pack) ?? 0) + 1 + (t.textContent ?? '').length / CHARS_PER_BLOCK_VOTE);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? hits.get(targets[0])!;
}

/** Does one child hold (nearly) all of the element's text? */
function isWrapper(el: Element, len: number, m: PageIndex): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((m.len.get(c) ?? 0) >= len * WRAPPER_SHARE) return true;
  return false;
}

/** Drops elements that sit inside another element of the list. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return false;
    return true;
  });
}

