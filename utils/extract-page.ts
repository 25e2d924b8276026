// The reader pipeline: a page in, a plain PageResult out. Pure: no browser API, the caller's
// Document is never modified (we work on our own clone), and no input makes it throw.
import { QuickReadability } from './readability/quick-readability';
import { FILTER_PACKS, CUSTOM_PACK_ID, CUSTOM_PACK_LABEL } from './filters/catalog';
import { textRules } from './filters/prepared-rules';
import { findClutter } from './filters/apply-filters';
import { removeMatches, RemovalLog } from './filters/removal-log';
import { clonePruned, depthOf, MAX_READ_DEPTH, SHALLOW } from './clone-pruned';
import { tameStyleAttributes } from './tame-style-attributes';
import { keepQuotedPosts } from './keep-embeds';
import { cleanByline, type PageMeta } from './metadata';
import { extractionTime, type ExtractOptions } from './page-context';
import { planRemovals, type RemovalPlan } from './plan-removals';
import { groupStories } from './related/group-stories';
import { resolveLazyImages, sanitizeTree } from './sanitize';
import { bodyOf, hasVisibleText, indexPage, tagged, type PageIndex } from './page-index';
import { normalizeSettings } from './settings';
import { cleanArticleTop } from './clean-article-top';
import { textStats } from './text-stats';
import { namesOneItem } from './names-one-item';
import type { Article, NoArticleCause, PageResult, Settings, StageName, Story } from './types';
import { reasonInEnglish } from './no-article-reason';
import { compactKey, squash } from './kit/text';
import { laidOutText } from './kit/dom';
import { secondOpinion } from './second-opinion/second-opinion';
import { restoreDeck, type DeckInputs } from './restore-deck';
import { restoreLeadFigure } from './restore-lead-figure';
import { kickerBefore, subheadingAfter } from './headline-neighbours';
import { explainRemovals } from './explain-removals';

export type { ExtractOptions } from './page-context';

/**
 * Pages larger than this are refused rather than freezing the tab: 15 times the largest bench page.
 * Under linkedom, a fuzz page of 123,000 elements took 1.8 s to parse and 2.1 s to read.
 */
export const MAX_ELEMENTS = 100_000;
/*
 * Work on very large pages is bounded by their size. The largest of the 578 bench pages has 6,749
 * elements; the limits below sit above that, where a page is rare and every pass over it costs
 * seconds under a slow DOM (linkedom in the CLI spends about 50 µs per element and pass).
 */
/**
 * Above this many elements the filters' blocks are not compared with plain Readability's reading:
 * a fuzz page of 17,000 elements took 1.7 s to compare, one of 60,000 5.7 s.
 */
export const EXPLAIN_MAX_ELEMENTS = 10_000;
/**
 * Above this many elements Readability makes one pass: a fuzz page of 48,000 spent 6.3 s in
 * Readability's retries, 0.85 s in one pass.
 */
export const ONE_PASS_ELEMENTS = 10_000;
/**
 * Above this many elements the density method reads the page alone, without Readability and the
 * copy made for it (1.5 to 2.5 s of a 3 to 5 s reading on fuzz pages of 44,000 to 100,000 elements).
 */
export const DENSITY_ONLY_ELEMENTS = 30_000;
/** Fewer words than this is not an article, whatever the page says. */
const MIN_ARTICLE_WORDS = 20;
/** Readability's output is mostly article: there a block is taken to be the article from half its paragraph text, not a third. */
const CLEANUP_ARTICLE_SHARE = 0.5;

const packLabel = (id: string) => (id === CUSTOM_PACK_ID ? CUSTOM_PACK_LABEL : FILTER_PACKS.find((p) => p.id === id)?.label ?? id);

function emptyResult(cause: NoArticleCause, timings: PageResult['timings'] = {}): PageResult {
  return { kind: 'none', reason: reasonInEnglish(cause), cause, title: null, article: null, related: { groups: [] }, removed: [], timings };
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * No stage of a page a person waits for may take longer than this. The stages are synchronous, so
 * the check runs as each one ends: the stages after it do not run, and the result says which ran out.
 * A stage of a real page takes well under a second; the budget stops runaway work, and sits far
 * enough above that for a busy machine's pauses (a 0.5 s stage once took 15 s under full load) not
 * to throw a good page away.
 */
export const STAGE_BUDGET_MS = 20_000;

class StageOverBudget extends Error {
  readonly why: NoArticleCause & { code: 'over-budget' };
  constructor(readonly stage: StageName, ms: number) {
    const cause = { code: 'over-budget', stage, ms: Math.round(ms), budgetMs: STAGE_BUDGET_MS } as const;
    super(reasonInEnglish(cause));
    this.why = cause;
  }
}

type Lap = (stage: StageName) => void;

/**
 * The result, and how to explain it later: what the filters did, told for the filter panel and the
 * article's marks (explain-removals.ts). The explanation costs one more Readability run over the
 * whole page, so a reader shows the result first and calls `explain` after it is on screen.
 */
export interface StagedResult {
  result: PageResult;
  /** Works out the explanation and returns the result with it; null when there is nothing to explain. */
  explain: (() => PageResult) | null;
}

export function extractPage(doc: Document, url: string, partialSettings?: Partial<Settings>, options: ExtractOptions = {}): PageResult {
  const { result, explain } = extractPageStaged(doc, url, partialSettings, options);
  return explain && options.explainRemovals !== false ? explain() : result;
}

export function extractPageStaged(doc: Document, url: string, partialSettings?: Partial<Settings>, options: ExtractOptions = {}): StagedResult {
  const timings: PageResult['timings'] = {};
  const t0 = clock();
  let last = t0;
  const lap: Lap = (stage) => {
    const t = clock();
    timings[stage] = Math.round((t - last) * 100) / 100;
    if (t - last > STAGE_BUDGET_MS) throw new StageOverBudget(stage, t - last);
    last = t;
  };
  try {
    const { result, explain } = run(doc, url, normalizeSettings(partialSettings ?? {}), options, lap);
    timings.total = Math.round((clock() - t0) * 100) / 100;
    result.timings = timings;
    return { result, explain: explain ? () => explained(result, explain) : null };
  } catch (e) {
    timings.total = Math.round((clock() - t0) * 100) / 100;
    if (e instanceof StageOverBudget) return { result: { ...emptyResult(e.why, timings), overBudget: e.stage }, explain: null };
    return { result: emptyResult({ code: 'failed', message: (e as Error)?.message ?? String(e) }, timings), explain: null };
  }
}

/** `result` with its explanation; unchanged when working it out fails, since the article is whole without it. */
function explained(result: PageResult, explain: () => Pick<PageResult, 'marks' | 'removed'>): PageResult {
  const t = clock();
  try {
    const more = explain();
    return { ...result, ...more, timings: { ...result.timings, explain: Math.round((clock() - t) * 100) / 100 } };
  } catch {
    return result;
  }
}

type Explain = () => Pick<PageResult, 'marks' | 'removed'>;

function run(doc: Document, url: string, settings: Settings, options: ExtractOptions, lap: Lap): { result: PageResult; explain?: Explain } {
  // Every stage up to Readability only reads the page; the caller's document is never changed.
  // What they decide to take out is left out of our copy (clonePruned), not copied and removed.
  const readable = readablePage(doc);
  if ('code' in readable) return { result: emptyResult(readable) };
  const { body, index } = readable;
  const now = extractionTime(options);
  lap('prepare');

  const log = new RemovalLog(packLabel);
  const plan = planRemovals({ doc, body, index, url, settings, now }, { log, lap });
  const { page, meta, lists } = plan;
  const stories = lists.flatMap((list) => list.stories);
  const relatedOf = () => ({ groups: groupStories(stories, settings.groupBy, { lang: page.lang, now: page.now, url, title: meta.title }) });

  const read = readArticle(doc, body, index, plan.dropped, plan, log, lap);
  // A page nested deeper than any real one, even with its wrapper chains cut (see clone-pruned.ts),
  // is refused rather than left to freeze the tab; its stories are still listed.
  if ('code' in read) return { result: { ...emptyResult(read), related: relatedOf(), removed: log.list() } };
  const { article, clone, content } = read;
  lap('cleanup');

  // A page that says it is one article is shown as one however short, not as a list of the links beside it.
  const oneArticle = !!article && (isArticle(article, stories, meta, url) || (article.wordCount > 0 && claimsOneArticle(meta, url)));
  if (!oneArticle && stories.length >= 3) {
    // A listing shows no article text to mark, and a listing is where plain Readability is slowest
    // (it reads the page again and again for an article), so its figures are not worked out there.
    return { result: { kind: 'listing', title: listingTitle(clone, doc, meta), article: null, related: relatedOf(), removed: log.list(), timings: {} } };
  }
  const later: Explain | undefined = article && content ? () => ({ marks: explain(doc, index, plan, log, content), removed: log.list() }) : undefined;
  if (oneArticle) {
    const shown = gathersOthers(article!, stories) ? { ...article!, source: null } : article!;
    return { result: { kind: 'article', title: shown.title, article: shown, related: relatedOf(), removed: log.list(), marks: [], timings: {} }, explain: later };
  }
  // The best effort stays attached, for "show anyway".
  const cause = { code: 'no-article' } as const;
  return { result: { kind: 'none', reason: reasonInEnglish(cause), cause, title: null, article, related: relatedOf(), removed: log.list(), marks: [], timings: {} }, explain: later };
}

/**
 * Tells each pack's count how much of it plain Readability, run on the page without our filters,
 * leaves out too, and returns where the article marks the blocks (explain-removals.ts). Plain
 * Readability reads the copy ours would read with every filter off.
 */
function explain(doc: Document, index: PageIndex, plan: RemovalPlan, log: RemovalLog, content: Element) {
  if (!log.blocks().length && !plan.shown.length) return [];
  // Plain Readability's cost grows with the page, and on a page with little text it reads the whole
  // page again up to four times: on a huge page the comparison is left out (the marks are not).
  const compare = index.elements.length <= EXPLAIN_MAX_ELEMENTS;
  const skip = new Set<Element>(tagged(index, 'script', 'style'));
  const copy = compare ? copyForReadability(doc, index, skip) : null;
  const parsed = !copy || 'code' in copy ? null : new QuickReadability(copy, { serializer: (el: Node) => el as unknown as string }).parse();
  const plain = parsed?.content as unknown as Element | null | undefined;
  const body = bodyOf(doc)!;
  const { readabilityDrops, marks } = explainRemovals({
    body,
    url: plan.page.url,
    removed: log.blocks(),
    shown: plan.shown,
    dropped: plan.dropped,
    content,
    plain: !compare ? undefined : plain && typeof plain === 'object' ? plain : null,
    label: log.labels,
  });
  if (compare) for (const r of log.list()) log.setReadabilityDrops(r.filter, readabilityDrops.get(r.filter) ?? 0);
  return marks;
}

/** Readability's article from a copy without `dropped`, checked by the second opinion and cleaned; or why the page is refused. */
function readArticle(doc: Document, body: Element, index: PageIndex, dropped: ReadonlySet<Element>, plan: RemovalPlan, log: RemovalLog, lap: Lap) {
  // Readability removes scripts and styles first thing; they need not be copied, nor read twice.
  const skip = new Set(dropped);
  for (const el of tagged(index, 'script', 'style')) skip.add(el);
  const deck = { index, skip, description: plan.meta.excerpt, titleElement: plan.meta.titleElement };
  if (index.elements.length > DENSITY_ONLY_ELEMENTS) {
    lap('filters');
    // Its new nodes are made by the page's document, outside its tree, which stays as it was.
    const content = secondOpinion(null, body, skip, doc).content;
    lap('readability');
    return { article: content ? buildArticle(content, {}, plan, deck, log) : null, clone: doc, content };
  }
  const clone = copyForReadability(doc, index, skip);
  if ('code' in clone) return clone;
  lap('filters');

  // JSON-LD was read above; keepClasses lets the cleanup stage still see class names.
  // On a very large page Readability's retries (a whole new pass each time the text it found is
  // short, up to four) cost seconds; there it keeps its first pass, and the second opinion below
  // stands in when that pass found little.
  const onePass = index.elements.length > ONE_PASS_ELEMENTS;
  const parsed = new QuickReadability(clone, { keepClasses: true, disableJSONLD: true, onePass, serializer: (el: Node) => el as unknown as string }).parse();
  lap('readability');

  const readabilityEl = parsed?.content as unknown as Element | null | undefined;
  // A density method's reading of the same page: adds what Readability lost, or stands in for it.
  const contentEl = secondOpinion(readabilityEl && typeof readabilityEl === 'object' ? readabilityEl : null, body, skip, clone).content;
  const article = contentEl ? buildArticle(contentEl, parsed ?? {}, plan, deck, log) : null;
  return { article, clone, content: contentEl };
}

function isArticle(article: Article, stories: Story[], meta: PageMeta, url: string): boolean {
  return article.wordCount >= MIN_ARTICLE_WORDS && !looksLikeListing(article, stories, meta) && !declaresOtherThanArticle(meta, url);
}

/** The page says it is one article: it declares itself one, or it is dated and its address names one item. */
function claimsOneArticle(meta: PageMeta, url: string): boolean {
  return meta.declaresArticle === true || (!!meta.publishedTime && namesOneItem(url, meta));
}

/** The page's body and index, or why it cannot be read at all. */
function readablePage(doc: Document): { body: Element; index: PageIndex } | NoArticleCause {
  if (!doc || !doc.documentElement) return { code: 'not-html' };
  const body = bodyOf(doc);
  if (!body) return { code: 'no-body' };
  const index = indexPage(doc.documentElement);
  if (index.elements.length > MAX_ELEMENTS) return { code: 'too-large', elements: index.elements.length, limit: MAX_ELEMENTS };
  // Text outside <body> counts too: some saved pages put their content where a parser will not expect it.
  if (!hasVisibleText(doc.documentElement)) return { code: 'no-text' };
  return { body, index };
}

/** Readability's copy of the page, without the dropped blocks; or why the page is refused (nested too deep). */
function copyForReadability(doc: Document, index: PageIndex, skip: ReadonlySet<Element>): Document | NoArticleCause {
  const deep = index.maxDepth > SHALLOW;
  const clone = clonePruned(doc, skip, deep);
  resolveLazyImages(Array.from(clone.querySelectorAll('img, amp-img')));
  tameStyleAttributes(clone);
  keepQuotedPosts(clone);
  if (deep && clone.documentElement) {
    const depth = depthOf(clone.documentElement);
    if (depth > MAX_READ_DEPTH) return { code: 'too-deep', depth, limit: MAX_READ_DEPTH };
  }
  return clone;
}

/** A coverage page's own words: a line or two above the stories, an FAQ at the foot. */
const COVERAGE_MAX_WORDS = 60;
/** Outlets a coverage page gathers, at least. */
const COVERAGE_MIN_OUTLETS = 3;

/**
 * Short text over many stories, on an undated page that does not declare itself an article: a topic
 * page, when its address is not an item's either. An address can look like an item's and still
 * belong to a coverage page ("/stories/CAAqNgg…"): a few sentences, no author, over stories from
 * several outlets is one too, where a short video page lists its own site's stories.
 */
function looksLikeListing(article: Article, stories: Story[], meta: PageMeta): boolean {
  if (stories.length < 6 || article.wordCount >= 150 || meta.publishedTime || meta.declaresArticle === true) return false;
  if (!namesOneItem(article.url, meta)) return true;
  const outlets = new Set(stories.map((s) => (s.source ? compactKey(s.source) : null)).filter(Boolean));
  return article.wordCount < COVERAGE_MAX_WORDS && !meta.byline && outlets.size >= COVERAGE_MIN_OUTLETS;
}

/**
 * An aggregator's own page over other outlets' reporting (a summary above "24 Articles" from several
 * outlets), with no author and no publisher named but the site itself: the site is no source of the
 * story, and naming none is truer than naming the aggregator.
 */
function gathersOthers(article: Article, stories: Story[]): boolean {
  if (article.byline || !article.source || !article.siteName || compactKey(article.source) !== compactKey(article.siteName)) return false;
  const site = compactKey(article.siteName);
  const outlets = new Set(stories.map((s) => (s.source ? compactKey(s.source) : null)).filter((k) => k && k !== site));
  return outlets.size >= COVERAGE_MIN_OUTLETS;
}

/** A page that calls itself a website, names no author or date and has no item's address: a landing page. */
function declaresOtherThanArticle(meta: PageMeta, url: string): boolean {
  return meta.declaresArticle === false && !meta.publishedTime && !meta.byline && !namesOneItem(url, meta);
}

// A modal box (a consent screen's "Before you continue to Google") is over the page, not its name.
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * A listing's name: its first <h1> outside a modal box (read in our copy, where clutter is left out);
 * without one, the heading its <title> starts with ("Science" shown above "Science - Latest"); else the
 * <title>.
 */
function listingTitle(clone: Document, doc: Document, meta: PageMeta): string | null {
  const headings = (from: Document, tag: string) =>
    Array.from(from.querySelectorAll(tag)).filter((h) => !h.closest(DIALOG)).map((h) => squash(h.textContent)).filter((t) => t.length > 2);
  const h1 = headings(clone, 'h1')[0];
  if (h1) return h1;
  const title = meta.title;
  const lead = title ? headings(doc, 'h2').find((t) => title.startsWith(t) && /^\s*[-–—|:·»]\s/.test(title.slice(t.length))) : undefined;
  return lead ?? title;
}

function buildArticle(
  contentEl: Element,
  parsed: { title?: string | null; byline?: string | null; excerpt?: string | null; siteName?: string | null; lang?: string | null; dir?: string | null; publishedTime?: string | null },
  { meta, page: { url }, rules, answers }: RemovalPlan,
  deck: Omit<DeckInputs, 'content' | 'subheading'>,
  log: RemovalLog,
): Article {
  // Readability reassembles the page: a block it trimmed may now read exactly like a clutter phrase
  // ("Share" once its icons went). Selector and class rules already saw every element it kept.
  // The lead figure first, so its photo credit goes by the same rules as the others'.
  restoreLeadFigure({ content: contentEl, index: deck.index, skip: deck.skip, titleElement: deck.titleElement });
  removeMatches(findClutter(contentEl, textRules(rules), { maxParagraphShare: CLEANUP_ARTICLE_SHARE, answers }), log);
  const title = meta.title ?? squash(parsed.title) ?? '';
  const subheading = subheadingAfter(meta.titleElement);
  cleanArticleTop(contentEl, {
    title, byline: meta.byline, source: meta.source, siteName: meta.siteName, url, description: meta.excerpt,
    subheading: subheading ? squash(subheading.textContent) : null, kicker: kickerBefore(meta.titleElement),
  });
  // After the top is cleaned: the deck is prose, and the byline and date rows under it would stay.
  // The deck goes above the lead figure, as pages show them.
  restoreDeck({ content: contentEl, ...deck, subheading });
  sanitizeTree(contentEl, url);
  const textContent = squash(laidOutText(contentEl));
  const { words: wordCount, minutes } = textStats(textContent);
  return {
    title,
    byline: meta.byline ?? cleanByline(parsed.byline),
    source: meta.source,
    siteName: meta.siteName ?? (parsed.siteName ? squash(parsed.siteName) : null),
    url,
    canonicalUrl: meta.canonicalUrl,
    publishedTime: meta.publishedTime,
    lang: meta.lang ?? parsed.lang ?? null,
    dir: meta.dir ?? parsed.dir ?? null,
    excerpt: meta.excerpt ?? (parsed.excerpt ? squash(parsed.excerpt) : null),
    leadImage: meta.leadImage,
    contentHtml: contentEl.innerHTML,
    textContent,
    wordCount,
    readingMinutes: minutes,
  };
}
