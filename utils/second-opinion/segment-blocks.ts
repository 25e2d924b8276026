// Paragraph-level blocks of a page, read in one walk (no recursion, no querySelectorAll): every
// block-level element starts a new block, as does a double <br>; inline text joins the current one.

/** Elements that end the running paragraph and start a new one. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'frameset', 'noframes',
]);
/** Elements whose text a reader never sees as prose. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'select',
  'option', 'textarea', 'button', 'input', 'canvas', 'video', 'audio', 'map',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Where a block sits, for the rules that treat lists, tables, captions and code as possible content. */
export type BlockKind = 'text' | 'heading' | 'list' | 'table' | 'caption' | 'code' | 'quote';

export interface Block {
  /** Position among the page's blocks. */
  index: number;
  /** Innermost block-level element holding the block's first text. */
  el: Element;
  kind: BlockKind;
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** Characters of text before this block on the page: its position. */
  offset: number;
}

/** Open-element counters while walking: which kinds of element the current text sits in. */
interface Context {
  link: number;
  heading: number;
  list: number;
  table: number;
  caption: number;
  code: number;
  quote: number;
}

function kindOf(c: Context): BlockKind {
  if (c.heading) return 'heading';
  if (c.code) return 'code';
  if (c.caption) return 'caption';
  if (c.quote) return 'quote';
  if (c.list) return 'list';
  if (c.table) return 'table';
  return 'text';
}

function counterOf(tag: string): keyof Context | null {
  if (tag === 'a') return 'link';
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list';
  if (tag === 'td' || tag === 'th') return 'table';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'pre' || tag === 'code') return 'code';
  if (tag === 'blockquote') return 'quote';
  return null;
}

/** Hidden by the page itself: a reader never sees it. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The walk's state: the blocks so far, the running paragraph and what it sits in. */
interface BlockReader {
  blocks: Block[];
  ctx: Context;
  /** Open block-level elements, innermost last: the owner of the next paragraph. */
  blockStack: Element[];
  skip: ReadonlySet<Element> | undefined;
  /** The running paragraph's texts, its link characters, owner and kind. */
  parts: string[];
  linkChars: number;
  owner: Element | null;
  kind: BlockKind;
  /** Characters of text in the blocks so far. */
  offset: number;
  /** A <br> was just read: a second one ends the paragraph. */
  pendingBr: boolean;
}

/**
 * The blocks below `root`, in document order. Elements in `skip` (and everything inside them) are
 * left out, as are scripts, forms' controls and hidden elements.
 */
export function segmentBlocks(root: Element, skip?: ReadonlySet<Element>): Block[] {
  const r: BlockReader = {
    blocks: [],
    ctx: { link: 0, heading: 0, list: 0, table: 0, caption: 0, code: 0, quote: 0 },
    blockStack: [root],
    skip,
    parts: [],
    linkChars: 0,
    owner: null,
    kind: 'text',
    offset: 0,
    pendingBr: false,
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let entered = false;
    if (node.nodeType === 3) readText(r, (node as Text).data);
    else if (node.nodeType === 1) entered = openElement(r, node as Element);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) closeElement(r, node as Element);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) closeElement(r, node as Element);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  endBlock(r);
  return r.blocks;
}

/** Ends the running paragraph, keeping it as a block when it has text. */
function endBlock(r: BlockReader): void {
  r.pendingBr = false;
  if (!r.owner) return;
  const text = r.parts.join('').replace(/\s+/g, ' ').trim();
  if (text) {
    r.blocks.push({ index: r.blocks.length, el: r.owner, kind: r.kind, text, linkChars: Math.min(r.linkChars, text.length), offset: r.offset });
    r.offset += text.length;
  }
  r.parts = [];
  r.linkChars = 0;
  r.owner = null;
}

function readText(r: BlockReader, data: string): void {
  // Whitespace between tags does not cancel a pending <br>: "<br>\n<br>" is still two.
  if (/\S/.test(data)) addText(r, data);
  else if (r.owner) r.parts.push(' ');
}

/** Adds visible text to the running paragraph; the first text starts one, owned by the innermost open block. */
function addText(r: BlockReader, data: string): void {
  if (!r.owner) {
    r.owner = r.blockStack[r.blockStack.length - 1]!;
    r.kind = kindOf(r.ctx);
  }
  r.pendingBr = false;
  r.parts.push(data);
  if (r.ctx.link) r.linkChars += data.replace(/\s+/g, ' ').length;
}

/** Enters an element; false when the walk must not go inside it (skipped, hidden, a <br>). */
function openElement(r: BlockReader, el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || r.skip?.has(el) || isHidden(el)) return false;
  if (tag === 'br') {
    // One <br> is a line break inside a paragraph; two in a row end it.
    if (r.pendingBr) endBlock(r);
    else {
      r.pendingBr = true;
      if (r.owner) r.parts.push(' ');
    }
    return false;
  }
  if (BLOCK_TAGS.has(tag)) {
    endBlock(r);
    r.blockStack.push(el);
  }
  const counter = counterOf(tag);
  if (counter) r.ctx[counter]++;
  return true;
}

function closeElement(r: BlockReader, el: Element): void {
  const tag = el.localName;
  const counter = counterOf(tag);
  if (counter) r.ctx[counter]--;
  if (BLOCK_TAGS.has(tag)) {
    endBlock(r);
    r.blockStack.pop();
  }
}
