// Which blocks of a page go, from what the stages found: story lists with their ad cards, and the
// clutter matches. The removal planner (plan-removals.ts) runs it for the reader and for "clean
// this page too", so the two agree.
import { holdsMuchOfTheProse } from './article-guard';
import type { ClutterMatch } from './filters/apply-filters';
import { recordMatch, type RemovalLog } from './filters/removal-log';
import { ads } from './filters/packs/ads';
import { relatedLists } from './filters/packs/related-lists';
import { teasers } from './filters/packs/teasers';
import type { PageIndex } from './page-index';
import type { StoryList } from './related/find-story-lists';

/** Paragraph text between headline and list that shows the article came first (a lede or two), at the least. */
const ARTICLE_LEAD = 500;

export interface RemovalInputs {
  lists: readonly StoryList[];
  matches: readonly ClutterMatch[];
  index: PageIndex;
  /** The headline: a "list" that holds it is the article's own frame. */
  titleElement: Element | null;
  enabled: (packId: string) => boolean;
}

/**
 * The blocks to leave out, in the order they were decided, each recorded in `log` under its pack.
 * A match inside a block already going is credited to its pack there, not taken again.
 */
export function decideRemovals({ lists, matches, index, titleElement, enabled }: RemovalInputs, log?: RemovalLog): Set<Element> {
  // A "list" is the article's own frame when it holds the headline, or much of the page's prose
  // with little of it between the headline and the list (a roundup of linked stories after a short
  // intro). Cards with long summaries after a story ("Related Articles" on Daily8) hold much prose
  // too, but there the article's own paragraphs come first: at least a lede, and at least half as
  // much as the list holds.
  const titleAt = titleElement ? index.elements.indexOf(titleElement) : -1;
  const proseAfterTitleBefore = (el: Element) => {
    let n = 0;
    const at = index.elements.indexOf(el);
    for (let i = titleAt + 1; i < at; i++) if (index.elements[i].localName === 'p') n += index.len.get(index.elements[i]) ?? 0;
    return n;
  };
  const holdsArticle = (el: Element) =>
    (titleElement !== null && el.contains(titleElement)) ||
    (holdsMuchOfTheProse(index, el) && (titleAt < 0 || proseAfterTitleBefore(el) < Math.max(ARTICLE_LEAD, 0.5 * (index.pLen.get(el) ?? 0))));
  const dropped = new Set<Element>();
  /** The pack a story list's block was dropped for. */
  const listPack = new Map<Element, string>();
  const droppedBy = (el: Element): Element | null => {
    for (let a: Element | null = el; a; a = a.parentElement) if (dropped.has(a)) return a;
    return null;
  };
  const isDropped = (el: Element) => droppedBy(el) !== null;
  for (const list of lists) {
    if (enabled(ads.id)) {
      for (const ad of list.sponsored) {
        if (!isDropped(ad)) {
          log?.record(ads.id, ad);
          dropped.add(ad);
        }
      }
    }
    // A lone "Read more: <headline>" line is a teaser; its story is listed all the same.
    const pack = list.teaser ? teasers.id : relatedLists.id;
    if (enabled(pack) && !isDropped(list.container) && !holdsArticle(list.container)) {
      log?.record(pack, list.container);
      dropped.add(list.container);
      listPack.set(list.container, pack);
      for (const block of list.blocks ?? []) if (!isDropped(block)) dropped.add(block);
    }
  }
  // A match inside a block already dropped is credited to its pack too, but not counted twice for
  // the pack that took the block ("Read more: …" is a teaser to the filter and to the story lists).
  for (const match of matches) {
    const by = droppedBy(match.element);
    if (!by) {
      if (log) recordMatch(match, log);
      dropped.add(match.element);
    } else if (match.pack !== relatedLists.id && match.pack !== listPack.get(by)) log?.record(match.pack, match.element);
  }
  return dropped;
}
