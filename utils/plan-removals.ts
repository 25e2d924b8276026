// The removal planner: which blocks of a page go, found by the stages that read it (metadata →
// story lists → clutter) and decided by one rule (decide-removals.ts). The reader leaves the
// blocks out of Readability's copy and "clean this page too" hides them on the live page; both
// run this, so the two agree.
import { activeRules } from './filters/active-rules';
import { findClutter, type ClutterMatch } from './filters/apply-filters';
import type { CompiledRule } from './filters/compile-rules';
import type { PhraseAnswers } from './filters/prepared-rules';
import { RemovalLog, type LoggedBlock } from './filters/removal-log';
import { FILTER_PACKS } from './filters/catalog';
import { compilePacks } from './filters/compile-rules';
import { decideRemovals } from './decide-removals';
import { readMetadata, type PageMeta } from './metadata';
import { baseHrefOf, pageContextOf, type PageContext } from './page-context';
import type { PageIndex } from './page-index';
import { findStoryLists, type StoryList } from './related/find-story-lists';
import { isPackEnabled } from './filters/pack-choice';
import type { Settings, StageName } from './types';

export interface PlanInputs {
  doc: Document;
  /** The page's <body> (or what stands for it). */
  body: Element;
  /** One walk of the whole page, shared by every stage. */
  index: PageIndex;
  url: string;
  settings: Settings;
  /** Extraction time (ms since the epoch). */
  now: number;
}

export interface RemovalPlan {
  /** Built once here, once the metadata has given the page's language. */
  page: PageContext;
  meta: PageMeta;
  lists: StoryList[];
  /** The rules in force on this page. */
  rules: readonly CompiledRule[];
  /** Phrase answers the clutter stage worked out, for a later matcher run on the same texts. */
  answers: PhraseAnswers;
  /** The blocks to leave out. */
  dropped: Set<Element>;
  /** The blocks the switched-off packs would have left out (outside every dropped block), for the view to show marked. */
  shown: LoggedBlock[];
}

export interface PlanHooks {
  /** Records each removal under its pack. */
  log?: RemovalLog;
  /** Called as each stage ends, for timings. */
  lap?: (stage: StageName) => void;
}

export function planRemovals({ doc, body, index, url, settings, now }: PlanInputs, { log, lap }: PlanHooks = {}): RemovalPlan {
  const meta = readMetadata(doc, url, index);
  lap?.('metadata');
  const page = pageContextOf(url, { lang: meta.lang, now, base: baseHrefOf(doc, index) });
  const lists = storyListsOf(body, page, index, meta);
  lap?.('related');
  const rules = activeRules(settings, page.host);
  const answers: PhraseAnswers = new Map();
  const matches = clutterOf(body, rules, index, meta, answers);
  const enabled = (id: string) => isPackEnabled(settings, id, page.host);
  const dropped = decideRemovals({ lists, matches, index, titleElement: meta.titleElement, enabled }, log);
  const shown = switchedOffBlocks({ body, index, meta, lists, dropped, host: page.host, enabled });
  return { page, meta, lists, rules, answers, dropped, shown };
}

interface SwitchedOffInputs {
  body: Element;
  index: PageIndex;
  meta: PageMeta;
  lists: StoryList[];
  dropped: ReadonlySet<Element>;
  host: string | null;
  enabled: (packId: string) => boolean;
}

/**
 * What the packs switched off on this page would take out if they were on, outside what goes
 * anyway: found and decided the same way, so switching a pack off shows exactly its blocks.
 */
function switchedOffBlocks({ body, index, meta, lists, dropped, host, enabled }: SwitchedOffInputs): LoggedBlock[] {
  const off = FILTER_PACKS.filter((p) => !enabled(p.id));
  if (!off.length) return [];
  const matches = clutterOf(body, compilePacks(off, host), index, meta);
  const log = new RemovalLog((id) => id);
  decideRemovals({ lists, matches, index, titleElement: meta.titleElement, enabled: (id) => !enabled(id) }, log);
  const goes = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) if (dropped.has(a)) return true;
    return false;
  };
  return log.blocks().filter((b) => !goes(b.element));
}

/** The story lists below `body`, the page's own article left out. `index` covers the whole page. */
export function storyListsOf(body: Element, page: PageContext, index: PageIndex, meta: PageMeta): StoryList[] {
  const bodyAt = index.elements.indexOf(body);
  return findStoryLists(body, page, { excludeUrl: meta.canonicalUrl ?? page.url, elements: index.elements.slice(bodyAt + 1) });
}

/** The clutter below `body`, the headline and everything above it kept. */
export function clutterOf(body: Element, rules: readonly CompiledRule[], index: PageIndex, meta: PageMeta, answers?: PhraseAnswers): ClutterMatch[] {
  return findClutter(body, rules, { protect: meta.titleElement ? [meta.titleElement] : [], index, answers });
}
