// What the filters did to this page, told so a reader can see it. For each block a filter took out:
// would plain Readability, run on the page without our filters, have left it out anyway? And where
// in the article was it taken out? For each block of a switched-off filter: is it in the article
// now, and if Readability dropped it, its HTML to put back at its place.
//
// Both questions are answered by one walk over the page's text in document order, matched against
// two texts that keep the page's order: plain Readability's output and our article. Readability
// moves, wraps and renames the page's elements (and re-parses the page when its first try is too
// short), but it keeps the page's text runs in order, so the text is what is compared.
import { squash } from './kit/text';
import type { LoggedBlock } from './filters/removal-log';
import { MARK_HTML_MAX, MARK_TEXT_MAX, MAX_MARKED_BLOCKS, type MarkedBlock, type RemovalMark } from './filters/removal-marks';
import { sanitizeTree } from './sanitize';

export interface ExplainInputs {
  /** The page's body, as the stages read it (never changed here). */
  body: Element;
  url: string;
  /** Each block the filters took out, as the removal log recorded it (blocks inside another one included). */
  removed: readonly LoggedBlock[];
  /** The blocks switched-off filters would have taken out, outside every removed block. */
  shown: readonly LoggedBlock[];
  /** The blocks left out of Readability's copy. */
  dropped: ReadonlySet<Element>;
  /** The finished article's content element (sanitized), or null without an article. */
  content: Element | null;
  /** Plain Readability's content element for the page without our filters, null when it found none, undefined when it was not run. */
  plain: Element | null | undefined;
  label: (pack: string) => string;
}

export interface Explanation {
  /** Per pack: how many of its recorded blocks plain Readability leaves out too; empty when it was not run. */
  readabilityDrops: Map<string, number>;
  marks: RemovalMark[];
}

/** Share of a block's text found in a reading for the block to count as in it. */
const KEPT_SHARE = 0.5;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** One recorded block as the walk meets it. */
interface Tracked extends LoggedBlock {
  state: MarkedBlock['state'];
  /** Characters of its text, and of those, found in plain Readability's output and in our article. */
  total: number;
  inPlain: number;
  inContent: number;
  /** Our article's text position when the walk entered the block; -1 when it is inside another tracked block. */
  at: number;
  text: string;
}

/** A text read in order: each search goes on from the last match, and looks only a short way ahead for a short text. */
export class TextCursor {
  readonly text: string;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  at = 0;

  constructor(root: Element | null) {
    const parts: string[] = [];
    let length = 0;
    if (root) {
      const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = squash(n.nodeValue);
        if (!t) continue;
        this.nodes.push(n as Text);
        this.starts.push(length);
        parts.push(t);
        length += t.length + 1;
      }
    }
    this.text = parts.join(' ');
  }

  /** Finds `w` not far after the last match and moves past it; false (and no move) when it is not there. */
  find(w: string): boolean {
    // A short text ("Share", "AP") is everywhere: it only counts right where the reading is.
    const reach = w.length < 12 ? 40 : w.length < 40 ? 400 : 20_000;
    const i = this.text.slice(this.at, this.at + reach + w.length).indexOf(w);
    if (i < 0) return false;
    this.at += i + w.length;
    return true;
  }

  /** The text node holding the character just before `pos`, or null at the start. */
  nodeBefore(pos: number): Text | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : this.nodes[found]!;
  }
}

export function explainRemovals(inputs: ExplainInputs): Explanation {
  const tracked = new Map<Element, Tracked[]>();
  const track = (b: LoggedBlock, state: Tracked['state']) => {
    const t: Tracked = { ...b, state, total: 0, inPlain: 0, inContent: 0, at: -1, text: '' };
    const list = tracked.get(b.element);
    if (list) list.push(t);
    else tracked.set(b.element, [t]);
    return t;
  };
  const removed = inputs.removed.map((b) => track(b, 'removed'));
  for (const b of inputs.shown) track(b, 'shown');
  const plain = new TextCursor(inputs.plain ?? null);
  const content = new TextCursor(inputs.content);
  const outer = walkText(inputs.body, tracked, inputs.dropped, plain, content);

  const plainImages = imageSources(inputs.plain ?? null);
  const compared = inputs.plain !== undefined;
  const drops = (t: Tracked) => compared && (t.total > 0 ? t.inPlain < KEPT_SHARE * t.total : !holdsImageOf(t.element, plainImages));
  // A block never met in the page is one the cleanup took out of Readability's own output: not dropped by it.
  const readabilityDrops = new Map<string, number>();
  if (compared) for (const t of removed) readabilityDrops.set(t.pack, (readabilityDrops.get(t.pack) ?? 0) + (t.at !== -2 && drops(t) ? 1 : 0));
  const marks = inputs.content ? marksOf(outer.slice(0, MAX_MARKED_BLOCKS), content, inputs, drops) : [];
  return { readabilityDrops, marks };
}

/**
 * Walks the text below `body` in document order, matching each run against both readings, and adds
 * it up per tracked block. Returns the outermost tracked blocks in the order met. A block never
 * met (it is not in `body`) keeps `at` -2.
 */
function walkText(body: Element, tracked: Map<Element, Tracked[]>, dropped: ReadonlySet<Element>, plain: TextCursor, content: TextCursor): Tracked[] {
  for (const list of tracked.values()) for (const t of list) t.at = -2;
  const outer: Tracked[] = [];
  const active: Tracked[] = [];
  let droppedDepth = 0;
  const EXIT = 0;
  const stack: (Node | [typeof EXIT, Element])[] = [body];
  while (stack.length) {
    const item = stack.pop()!;
    if (Array.isArray(item)) {
      const el = item[1];
      const list = tracked.get(el);
      if (list) active.length -= list.length;
      if (dropped.has(el)) droppedDepth--;
      continue;
    }
    if (item.nodeType === 3) {
      readRun(squash(item.nodeValue), active, droppedDepth > 0, plain, content);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    if (SKIPPED.has(el.localName)) continue;
    const list = tracked.get(el);
    if (list) {
      for (const t of list) {
        t.at = active.length === 0 && t === list[0] ? content.at : -1;
        if (t.at >= 0) outer.push(t);
      }
      active.push(...list);
    }
    if (dropped.has(el)) droppedDepth++;
    stack.push([EXIT, el]);
    for (let k = el.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return outer;
}

/** One run of text: matched against both readings (our article's only where it can be), counted for each block it is in. */
function readRun(w: string, active: readonly Tracked[], inDropped: boolean, plain: TextCursor, content: TextCursor): void {
  if (!w) return;
  const inPlain = plain.find(w);
  const inContent = !inDropped && content.find(w);
  for (const t of active) {
    t.total += w.length;
    if (inPlain) t.inPlain += w.length;
    if (inContent) t.inContent += w.length;
    if (t.at >= 0 && t.text.length < MARK_TEXT_MAX) t.text = (t.text ? `${t.text} ${w}` : w).slice(0, MARK_TEXT_MAX);
  }
}

function imageSources(root: Element | null): Set<string> {
  const out = new Set<string>();
  if (root) for (const img of Array.from(root.querySelectorAll('img'))) if (img.getAttribute('src')) out.add(img.getAttribute('src')!);
  return out;
}

function holdsImageOf(el: Element, sources: ReadonlySet<string>): boolean {
  const imgs = el.localName === 'img' ? [el] : Array.from(el.querySelectorAll('img'));
  return imgs.some((img) => sources.has(img.getAttribute('src') ?? ''));
}

/** Outermost blocks → marks at their places in the article, blocks at one place in one mark. */
function marksOf(outer: readonly Tracked[], content: TextCursor, inputs: ExplainInputs, drops: (t: Tracked) => boolean): RemovalMark[] {
  const root = inputs.content!;
  const position = new Map<Element, number>();
  Array.from(root.querySelectorAll('*')).forEach((el, i) => position.set(el, i));
  const marks: RemovalMark[] = [];
  for (const t of outer) {
    const node = content.nodeBefore(t.at);
    const anchor = node ? anchorOf(node, root) : null;
    const after = anchor ? position.get(anchor) ?? -1 : -1;
    const block: MarkedBlock = { filter: t.pack, label: inputs.label(t.pack), state: t.state, text: t.text, readabilityDrops: drops(t) };
    if (t.state === 'shown' && t.inContent < KEPT_SHARE * t.total) block.html = shownHtml(t, inputs.url);
    const last = marks[marks.length - 1];
    if (last && last.after === after) last.blocks.push(block);
    else marks.push({ after, tag: anchor?.localName ?? '', text: anchor ? squash(anchor.textContent).slice(0, 40) : '', blocks: [block] });
  }
  return marks;
}

/** Kept whole and read as one block: a marker goes after it, never inside it. */
const WHOLE = new Set(['ul', 'ol', 'dl', 'table', 'figure', 'blockquote', 'pre', 'details']);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SECTIONS = new Set(['div', 'section', 'article', 'header', 'main', 'aside']);

/** The block of the article a text run belongs to, for a mark to follow: its outermost list, table or quote, else its paragraph, else its section. */
function anchorOf(node: Text, root: Element): Element | null {
  let whole: Element | null = null;
  let paragraph: Element | null = null;
  let section: Element | null = null;
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (WHOLE.has(el.localName)) whole = el;
    else if (!paragraph && PARAGRAPHS.has(el.localName)) paragraph = el;
    else if (!section && SECTIONS.has(el.localName)) section = el;
  }
  return whole ?? paragraph ?? section;
}

/** A shown block's HTML, sanitized by the article's own allow-list; its text alone when that is too large. */
function shownHtml(t: Tracked, url: string): string {
  const doc = t.element.ownerDocument;
  const wrap = doc.createElement('div');
  wrap.appendChild(t.element.cloneNode(true));
  sanitizeTree(wrap, url);
  if (wrap.innerHTML.length <= MARK_HTML_MAX) return wrap.innerHTML;
  const p = doc.createElement('p');
  p.textContent = t.text;
  return p.outerHTML;
}
