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

/**
 * The blocks below `root`, in document order. Elements in `skip` (and everything inside them) are
 * left out, as are scripts, forms' controls and hidden elements.
 */
export function segmentBlocks(root: Element, skip?: ReadonlySet<Element>): Block[] {
  const blocks: Block[] = [];
  const ctx: Context = { link: 0, heading: 0, list: 0, table: 0, caption: 0, code: 0, quote: 0 };
  const blockStack: Element[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let owner: Element | null = null;
  let kind: BlockKind = 'text';
  let offset = 0;
  let pendingBr = false;

  const flush = () => {
    pendingBr = false;
    if (!owner) return;
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      blocks.push({ index: blocks.length, el: owner, kind, text, linkChars: Math.min(linkChars, text.length), offset });
      offset += text.length;
    }
    parts = [];
    linkChars = 0;
    owner = null;
  };
  const addText = (data: string) => {
    if (!owner) {
      if (!/\S/.test(data)) return;
      owner = blockStack[blockStack.length - 1]!;
      kind = kindOf(ctx);
    }
    if (pendingBr) pendingBr = false;
    parts.push(data);
    if (ctx.link) linkChars += data.replace(/\s+/g, ' ').length;
  };

  const open = (el: Element): boolean => {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || skip?.has(el) || isHidden(el)) return false;
    if (tag === 'br') {
      // One <br> is a line break inside a paragraph; two in a row end it.
      if (pendingBr) flush();
      else {
        pendingBr = true;
        if (owner) parts.push(' ');
      }
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.push(el);
    }
    const counter = counterOf(tag);
    if (counter) ctx[counter]++;
    return true;
  };
  const close = (el: Element) => {
    const tag = el.localName;
    const counter = counterOf(tag);
    if (counter) ctx[counter]--;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.pop();
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let entered = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace between tags does not cancel a pending <br>: "<br>\n<br>" is still two.
      if (/\S/.test(data)) addText(data);
      else if (owner) parts.push(' ');
    } else if (node.nodeType === 1) {
      entered = open(node as Element);
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) close(node as Element);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) close(node as Element);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return blocks;
}
