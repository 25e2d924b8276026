// What the filters took out, per pack, for the "what was removed" panel: counts and a few samples.
import type { Removal } from '../types';
import { IMAGE_TAGS, type ClutterMatch } from './apply-filters';
import { firstWords } from '../kit/text';

/** Samples kept per pack: enough to recognise what went, short enough for the panel. */
const MAX_SAMPLES = 5;

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

/** One recorded removal: the block and the pack it is counted under. */
export interface LoggedBlock {
  pack: string;
  element: Element;
}

/** Accumulates removals per pack across the pipeline's stages. */
export class RemovalLog {
  private byPack = new Map<string, Removal>();
  private recorded: LoggedBlock[] = [];
  constructor(readonly labels: (pack: string) => string) {}

  record(pack: string, el: Element): void {
    this.recorded.push({ pack, element: el });
    let r = this.byPack.get(pack);
    if (!r) {
      r = { filter: pack, label: this.labels(pack), count: 0, samples: [] };
      this.byPack.set(pack, r);
    }
    r.count++;
    if (r.samples.length < MAX_SAMPLES) {
      const s = sampleOf(el);
      if (!r.samples.includes(s)) r.samples.push(s);
    }
  }

  /** Copies: a result already handed out (and shown) is not changed when the explanation comes later. */
  list(): Removal[] {
    return [...this.byPack.values()].map((r) => ({ ...r, samples: [...r.samples] }));
  }

  /** Every recorded block in the order recorded, a block inside another one going included. */
  blocks(): readonly LoggedBlock[] {
    return this.recorded;
  }

  /** Sets how many of a pack's blocks plain Readability leaves out too (explain-removals.ts works it out). */
  setReadabilityDrops(pack: string, n: number): void {
    const r = this.byPack.get(pack);
    if (r) r.readabilityDrops = n;
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
