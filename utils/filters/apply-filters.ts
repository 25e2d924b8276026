// Finds clutter blocks in a document by the compiled filter rules, and removes them.
//
// The hard part is never taking article text. Three guards do it:
// - a phrase or link only counts when it is a whole block, not words inside a sentence;
// - no block is removed that holds a large share of the page's paragraph text, the title, or a landmark;
// - a container is only taken whole when at least two clutter signals sit in it and little else does.
import type { Removal } from '../types';
import type { CompiledRule } from './compile-rules';
import { classOf, indexPage, MAX_INDEXED_TEXT, type PageIndex } from '../page-index';
import { matchPlanned, queryComplex } from './selector-plan';
import { prepareRules, type PhraseAnswers } from './prepared-rules';
import { firstWords, squash } from '../kit/text';

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
const IMAGE_TAGS = new Set(['img', 'svg', 'picture', 'amp-img']);
const LABELLED = new Set(['button', 'a']);
/** Blocks longer than this are never compared with phrases (the longest phrase patterns stay below it). */
const MAX_PHRASE_BLOCK = 700;
/** Containers taken whole hold at most this much text that no rule matched. */
const MAX_UNMATCHED_IN_CONTAINER = 260;
const MAX_CONTAINER_TEXT = 900;

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

/**
 * Clutter blocks below `root`, outermost first in document order. `index` must have been built
 * over root or one of its ancestors, and the tree not changed since.
 */
export function findClutter(root: Element, rules: readonly CompiledRule[], options: FindOptions & { index?: PageIndex } = {}): ClutterMatch[] {
  if (!rules.length) return [];
  const m = options.index ?? indexPage(root);
  const start = m.root === root ? 0 : m.elements.indexOf(root);
  const elements = start <= 0 ? m.elements : m.elements.slice(start);
  const maxShare = options.maxParagraphShare ?? 0.35;
  const protectedSet = new Set<Element>();
  for (const el of options.protect ?? []) for (let a: Element | null = el; a; a = a.parentElement) protectedSet.add(a);

  const textOf = (el: Element): string =>
    IMAGE_TAGS.has(el.localName) ? el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '' : m.text.get(el) ?? el.textContent ?? '';
  const lenOf = (el: Element): number => m.len.get(el) ?? (el.textContent ?? '').length;
  const isGuarded = (el: Element): boolean =>
    LANDMARKS.has(el.localName) ||
    el.getAttribute('role') === 'main' ||
    protectedSet.has(el) ||
    (m.totalP > 400 && (m.pLen.get(el) ?? 0) > maxShare * m.totalP);

  /** The nearest block-level ancestor-or-self. */
  const blockOf = (el: Element): Element => {
    let b: Element = el;
    while (!BLOCK_TAGS.has(b.localName) && b.parentElement) b = b.parentElement;
    return b;
  };
  /** A phrase or link is clutter only as a whole block, never as words inside a longer sentence. */
  const standsAlone = (el: Element): boolean => {
    // Buttons are never words of a sentence.
    if (BLOCK_TAGS.has(el.localName) || el.localName === 'button' || el.getAttribute('role') === 'button') return true;
    const block = blockOf(el);
    return squash(textOf(block)).length <= squash(textOf(el)).length + 40;
  };
  /** Climb through wrappers that add (almost) nothing to the matched block. */
  const climbWrappers = (el: Element): Element => {
    let t = el;
    const own = lenOf(el);
    const image = IMAGE_TAGS.has(el.localName);
    for (let a = t.parentElement; a && a !== root && !isGuarded(a); a = a.parentElement) {
      if (image ? lenOf(a) > 0 || a.children.length > 1 : lenOf(a) > own + 24) break;
      t = a;
    }
    return t;
  };

  const hits = new Map<Element, string>();
  /** Second opinions: a block already taken by another pack, so its pack can be credited too. */
  const extras: ClutterMatch[] = [];
  const add = (el: Element, pack: string) => {
    if (el === root || isGuarded(el)) return;
    const had = hits.get(el);
    if (had === undefined) hits.set(el, pack);
    else if (had !== pack && !extras.some((x) => x.element === el && x.pack === pack)) extras.push({ element: el, pack });
  };

  // One query for all selectors (each query is a walk of the tree), then attribute each hit.
  const { plan, attrRules, anyAttr, hasPhrases, linkRules, phraseMatches } = prepareRules(rules);
  if (plan) for (const [el, r] of queryComplex(plan, root)) if (!r.tags || r.tags.has(el.localName)) add(el, r.pack);
  const answers: PhraseAnswers = options.answers ?? new Map();
  const phraseRuleFor = (raw: string, tag: string): CompiledRule | null => {
    for (const r of phraseMatches(raw, answers)) if (!r.tags || r.tags.has(tag)) return r;
    return null;
  };

  const valueBuffer: string[] = [];
  const known: Record<string, string | null> = {};
  for (const el of elements) {
    if (el === root) continue;
    const tag = el.localName;
    const cls = classOf(el);
    const values = readDescribing(el, cls, known, valueBuffer);
    if (plan) {
      const r = matchPlanned(plan, el, tag, cls, known);
      if (r && (!r.tags || r.tags.has(tag))) add(el, r.pack);
    }
    if (anyAttr) {
      let any = false;
      for (let i = 0; i < values.length && !any; i++) any = anyAttr.test(values[i].toLowerCase());
      if (any) {
        const rule = attrRules.find((r) => (!r.tags || r.tags.has(tag)) && values.some((v) => r.attr!.test(v)));
        if (rule) add(el, rule.pack);
      }
    }
    const len = m.len.get(el) ?? 0;
    // Long blocks (cookie notices, sign-up small print) are only read where the text is written,
    // not again for every wrapper around it.
    const phraseCandidate = IMAGE_TAGS.has(tag) || len <= MAX_INDEXED_TEXT || (len <= MAX_PHRASE_BLOCK && !isWrapper(el, len, m));
    if (hasPhrases && phraseCandidate) {
      // An icon button says what it is in its label, not its text ("Like", "Share", "Comments").
      const own = textOf(el);
      const label = LABELLED.has(tag) && !/\p{L}{2}/u.test(own) ? el.getAttribute('aria-label') : null;
      const raw = label ?? own;
      if (raw && raw.length <= MAX_PHRASE_BLOCK) {
        const r = phraseRuleFor(raw, tag);
        if (r && (IMAGE_TAGS.has(tag) || standsAlone(el))) add(climbWrappers(el), r.pack);
      }
    }
    if (tag === 'a' && linkRules.length) {
      const href = el.getAttribute('href');
      if (href) {
        for (const r of linkRules) {
          if (linkMatches(href, r.links) && standsAlone(el)) {
            add(climbWrappers(el), r.pack);
            break;
          }
        }
      }
    }
  }

  // Take a small container whole when it is made of clutter: two or more hits, little else.
  const targets = outermost([...hits.keys()]);
  const promoted = new Map<Element, string>();
  for (const t of targets) {
    let best: Element | null = null;
    let depth = 0;
    for (let a = t.parentElement; a && a !== root && depth < 5 && !isGuarded(a); a = a.parentElement, depth++) {
      const total = lenOf(a);
      if (total > MAX_CONTAINER_TEXT) break;
      // Images carry no text, so they never make a container clutter by themselves.
      const inside = targets.filter((x) => x !== a && !IMAGE_TAGS.has(x.localName) && a.contains(x));
      if (inside.length < 2) continue;
      const matched = inside.reduce((s, x) => s + lenOf(x), 0);
      if (total - matched <= MAX_UNMATCHED_IN_CONTAINER) best = a;
    }
    if (best) promoted.set(best, majorityPack(best, targets, hits));
  }
  for (const [el, pack] of promoted) hits.set(el, pack);
  const all = [...hits.keys()];
  const outer = outermost(all);
  const outerSet = new Set(outer);
  const nested = new Map<Element, ClutterMatch[]>();
  for (const el of all) {
    if (outerSet.has(el)) continue;
    let top: Element | null = el.parentElement;
    while (top && !outerSet.has(top)) top = top.parentElement;
    if (top && hits.get(top) !== hits.get(el) && !promoted.has(el)) {
      const list = nested.get(top) ?? [];
      if (!list.some((x) => x.pack === hits.get(el))) list.push({ element: el, pack: hits.get(el)! });
      nested.set(top, list);
    }
  }
  for (const x of extras) {
    let top: Element | null = x.element;
    while (top && !outerSet.has(top)) top = top.parentElement;
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
    score.set(pack, (score.get(pack) ?? 0) + 1 + (t.textContent ?? '').length / 1000);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? hits.get(targets[0])!;
}

/** Does one child hold (nearly) all of the element's text? */
function isWrapper(el: Element, len: number, m: PageIndex): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((m.len.get(c) ?? 0) >= len * 0.9) return true;
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

/** The first `max` characters of an element's text, without building the text of a whole sidebar. */
function leadingText(el: Element, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < max) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !['script', 'style', 'noscript', 'template'].includes((node as Element).localName)) {
      for (let k = node.lastChild; k; k = k.previousSibling) stack.push(k);
    }
  }
  return out;
}

/** A short human description of a removed block, for the "what was removed" panel. */
export function sampleOf(el: Element): string {
  if (IMAGE_TAGS.has(el.localName)) return `[image${el.getAttribute('alt') ? ': ' + firstWords(el.getAttribute('alt')!, 6) : ''}]`;
  const text = firstWords(leadingText(el, 160), 8);
  if (text) return text;
  // Icon buttons name themselves in aria-label ("Share on Facebook").
  const labelled = el.getAttribute('aria-label') ? el : el.querySelector('[aria-label]');
  if (labelled) return `[${firstWords(labelled.getAttribute('aria-label')!, 6)}]`;
  const img = el.querySelector('img[alt]');
  return img?.getAttribute('alt') ? `[image: ${firstWords(img.getAttribute('alt')!, 6)}]` : `[${el.localName}]`;
}

/** Accumulates removals per pack across the pipeline's stages. */
export class RemovalLog {
  private byPack = new Map<string, Removal>();
  constructor(private labels: (pack: string) => string) {}

  record(pack: string, el: Element): void {
    let r = this.byPack.get(pack);
    if (!r) {
      r = { filter: pack, label: this.labels(pack), count: 0, samples: [] };
      this.byPack.set(pack, r);
    }
    r.count++;
    if (r.samples.length < 5) {
      const s = sampleOf(el);
      if (!r.samples.includes(s)) r.samples.push(s);
    }
  }

  list(): Removal[] {
    return [...this.byPack.values()];
  }
}

/** Records a match under its pack, and the clutter of other packs inside it under theirs. */
export function recordMatch({ element, pack, nested }: ClutterMatch, log: RemovalLog): void {
  log.record(pack, element);
  for (const inner of nested ?? []) log.record(inner.pack, inner.element);
}

/** Removes the matches from the tree, recording each under its pack. */
export function removeMatches(matches: readonly ClutterMatch[], log: RemovalLog): void {
  for (const match of matches) {
    recordMatch(match, log);
    match.element.remove();
  }
}
