// Readability's article checked against the density method's, on the same page: keep Readability's,
// add the good blocks it lost, or take the density method's text whole, as chooseExtraction says.
import { chooseExtraction, RESTORED_INSIDE, trimRule, type Choice, type OpinionSummary, type Zone } from './choose-extraction';
import { densityOpinion, type DensityOpinion } from './density-opinion';
import { segmentBlocks, type Block } from './segment-blocks';
import { squash } from '../kit/text';

/** Blocks shorter than this must equal one of Readability's blocks to count as shared; longer ones may sit inside one. */
const SUBSTRING_MIN = 40;
/** How far the lost blocks at the edges of Readability's span may reach, in blocks each way. */
export const EDGE_REACH = { before: 3, after: 0 };

export interface SecondOpinion {
  /** The article content to clean up: Readability's element, changed or not, or a new one. */
  content: Element | null;
  choice: Choice;
}

/** Which good blocks Readability's text holds, and the span they mark on the page. */
export function compareOpinions(opinion: DensityOpinion, mine: readonly Block[]) {
  const whole = mine.map((b) => b.text).join(' ');
  const texts = new Set(mine.map((b) => b.text));
  const { blocks, classes } = opinion;
  const shared = blocks.map((b, i) => classes[i] === 'good' && (texts.has(b.text) || (b.text.length >= SUBSTRING_MIN && whole.includes(b.text))));
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  const lost: number[] = [];
  let lostInside = 0;
  let lostAtEdges = 0;
  if (first >= 0) {
    for (let i = first - 1, n = 0; i >= 0 && n < EDGE_REACH.before && classes[i] === 'good'; i--, n++) {
      lost.unshift(i);
      lostAtEdges++;
    }
    for (let i = first; i <= last; i++) {
      if (classes[i] === 'good' && !shared[i] && RESTORED_INSIDE.has(blocks[i]!.kind)) {
        lost.push(i);
        lostInside++;
      }
    }
    for (let i = last + 1, n = 0; i < blocks.length && n < EDGE_REACH.after && classes[i] === 'good'; i++, n++) {
      lost.push(i);
      lostAtEdges++;
    }
  }
  return { whole, shared, lost, lostInside, lostAtEdges };
}

const linkDensity = (blocks: readonly Block[]) => {
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    chars += b.text.length;
    links += b.linkChars;
  }
  return chars ? links / chars : 0;
};

/** A copy of the block for the article: its own element when it holds nothing else, else a paragraph. */
function blockNode(doc: Document, block: Block): Element {
  const el = block.el;
  const tag = el.localName;
  const ownText = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (ownText === block.text && tag !== 'td' && tag !== 'th' && tag !== 'body' && tag !== 'tr') {
    const copy = doc.importNode(el, true) as Element;
    if (tag === 'li') {
      const list = doc.createElement(el.parentElement?.localName === 'ol' ? 'ol' : 'ul');
      list.appendChild(copy);
      return list;
    }
    if (tag === 'figcaption') {
      const figure = doc.createElement('figure');
      figure.appendChild(copy);
      return figure;
    }
    if (tag === 'dt' || tag === 'dd') {
      const list = doc.createElement('dl');
      list.appendChild(copy);
      return list;
    }
    return copy;
  }
  const p = doc.createElement(block.kind === 'heading' ? 'h3' : 'p');
  p.textContent = block.text;
  return p;
}

/** Consecutive copied list items of one list go back into one list. */
function appendBlocks(doc: Document, parent: Element, before: Node | null, blocks: readonly Block[]) {
  let lastList: Element | null = null;
  let lastListParent: Element | null = null;
  for (const b of blocks) {
    const node = blockNode(doc, b);
    const listParent = b.el.parentElement;
    if (lastList && (node.localName === 'ul' || node.localName === 'ol' || node.localName === 'dl') && listParent === lastListParent && node.firstChild) {
      lastList.appendChild(node.firstChild);
      continue;
    }
    parent.insertBefore(node, before);
    const isList = node.localName === 'ul' || node.localName === 'ol' || node.localName === 'dl';
    lastList = isList ? node : null;
    lastListParent = isList ? listParent : null;
  }
}

/** Readability's blocks located on the page: for each page block it holds, one of its own blocks. */
function anchorOf(mine: readonly Block[], text: string): Block | undefined {
  return mine.find((b) => b.text === text) ?? mine.find((b) => b.text.includes(text));
}

function merge(doc: Document, content: Element, opinion: DensityOpinion, mine: readonly Block[], shared: readonly boolean[], lost: readonly number[]) {
  // Runs of lost blocks go in after the shared block before them, or before the first shared block.
  let i = 0;
  while (i < lost.length) {
    const run: Block[] = [opinion.blocks[lost[i]!]!];
    let j = i + 1;
    while (j < lost.length && lost[j] === lost[j - 1]! + 1) run.push(opinion.blocks[lost[j++]!]!);
    const startAt = lost[i]!;
    let prev = startAt - 1;
    while (prev >= 0 && !shared[prev]) prev--;
    const anchor = prev >= 0 ? anchorOf(mine, opinion.blocks[prev]!.text) : undefined;
    if (anchor && anchor.el !== content && content.contains(anchor.el)) {
      appendBlocks(doc, anchor.el.parentNode as Element, anchor.el.nextSibling, run);
    } else if (!anchor) {
      let next = startAt + 1;
      while (next < shared.length && !shared[next]) next++;
      const after = next < shared.length ? anchorOf(mine, opinion.blocks[next]!.text) : undefined;
      if (after && after.el !== content && content.contains(after.el)) appendBlocks(doc, after.el.parentNode as Element, after.el, run);
      else appendBlocks(doc, content, content.firstChild, run);
    } else {
      appendBlocks(doc, content, null, run);
    }
    i = j;
  }
}

/** Offline switch for measuring the trim rules alone. */
export const TRIM = { on: true };

/** Takes out Readability's trailing blocks that trimRule calls boilerplate; an element holding more text stays. */
function trim(content: Element, opinion: DensityOpinion, mine: readonly Block[], shared: readonly boolean[]) {
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  if (first < 0) return;
  const at = new Map<string, number>();
  opinion.blocks.forEach((b, i) => {
    if (!at.has(b.text)) at.set(b.text, i);
  });
  // Last block first: a heading is trimmed only when nothing of the article is left after it, so a
  // heading over links that stay ("Weiterführender Link", "Further reading") keeps labelling them.
  for (const b of [...mine].reverse()) {
    const i = at.get(b.text);
    if (i === undefined || shared[i]) continue;
    const zone: Zone = i < first ? 'before' : i > last ? 'after' : 'inside';
    if (!trimRule(b.kind, opinion.classes[i]!, zone)) continue;
    if (b.el !== content && content.contains(b.el) && squash(b.el.textContent) === b.text && !hasTextAfter(b.el, content)) b.el.remove();
  }
}

/** Whether any text follows `el` inside `root`, in document order. */
function hasTextAfter(el: Element, root: Element): boolean {
  for (let x: Element | null = el; x && x !== root; x = x.parentElement) {
    for (let sib = x.nextSibling; sib; sib = sib.nextSibling) if ((sib.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

function densityContent(doc: Document, opinion: DensityOpinion): Element {
  const div = doc.createElement('div');
  appendBlocks(doc, div, null, opinion.blocks.filter((_, i) => opinion.classes[i] === 'good'));
  return div;
}

/**
 * The second opinion on Readability's `content` (null when it found nothing): `body` is the page's,
 * read without the elements in `skip` (what our filters took out); `doc` makes the new nodes.
 */
export function secondOpinion(content: Element | null, body: Element, skip: ReadonlySet<Element>, doc: Document): SecondOpinion {
  const opinion = densityOpinion(body, skip);
  const mine = content ? segmentBlocks(content) : [];
  if (!opinion) return { content, choice: { take: 'readability', rule: 'agree', reason: 'no page to compare with' } };
  const good = opinion.blocks.filter((_, i) => opinion.classes[i] === 'good');
  const { whole, shared, lost, lostInside, lostAtEdges } = compareOpinions(opinion, mine);
  const summary: OpinionSummary = {
    readabilityChars: whole.length,
    readabilityLinkDensity: linkDensity(mine),
    densityChars: good.reduce((n, b) => n + b.text.length, 0),
    densityLinkDensity: linkDensity(good),
    sharedChars: opinion.blocks.reduce((n, b, i) => (shared[i] ? n + b.text.length : n), 0),
    lostInside,
    lostAtEdges,
  };
  const choice = chooseExtraction(summary);
  if (choice.take === 'density') return { content: densityContent(doc, opinion), choice };
  if (choice.take === 'merge' && content) merge(doc, content, opinion, mine, shared, lost);
  if (content && TRIM.on) trim(content, opinion, mine, shared);
  return { content, choice };
}
