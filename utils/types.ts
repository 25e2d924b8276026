// The plain data the pipeline hands out. Everything here is JSON-serializable, because it crosses
// the content-script → popup message boundary and is printed by the CLI.
import type { RemovalMark } from './filters/removal-marks';

export type { MarkedBlock, RemovalMark } from './filters/removal-marks';

export type PageKind = 'article' | 'listing' | 'none';

export interface Article {
  /** The article's own headline, without a " - Site" suffix. */
  title: string;
  /** Author(s) as written, without "By" / "Story by" and without a date. */
  byline: string | null;
  /** The original publisher (e.g. "Russia Today" on a Daily8 page, the provider on MSN/Yahoo). */
  source: string | null;
  /** The site the page lives on ("Daily8", "MSN"). */
  siteName: string | null;
  url: string;
  canonicalUrl: string | null;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized HTML: no scripts, handlers, javascript: URLs, iframes or forms; absolute URLs. */
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
}

export interface Story {
  title: string;
  url: string;
  /** Publisher named on the card, not the aggregator. */
  source: string | null;
  publishedTime: string | null;
  /** The age as the card shows it ("2 hours ago"), cleaned of labels like "time". */
  timeText: string | null;
  summary: string | null;
  image: string | null;
}

export interface RelatedGroup {
  label: string;
  stories: Story[];
}

export interface Related {
  groups: RelatedGroup[];
}

export interface Removal {
  /** Filter pack id (e.g. "app-download") or "custom". */
  filter: string;
  label: string;
  count: number;
  /** The first words of what went, a few blocks at most. */
  samples: string[];
  /** Of `count`, the blocks plain Readability, run on the page without our filters, leaves out too; absent when not worked out. */
  readabilityDrops?: number;
}

export type StageName = 'prepare' | 'related' | 'filters' | 'readability' | 'cleanup' | 'metadata' | 'explain' | 'total';

/** Why a page has no article to show, with the figures the sentence about it needs. */
export type NoArticleCause =
  /** Read, but what Readability found is not an article (it stays attached, for "show anyway"). */
  | { code: 'no-article' }
  | { code: 'not-html' }
  | { code: 'no-body' }
  | { code: 'no-text' }
  | { code: 'too-large'; elements: number; limit: number }
  | { code: 'too-deep'; depth: number; limit: number }
  | { code: 'over-budget'; stage: StageName; ms: number; budgetMs: number }
  /** The pipeline threw: `message` is the error's own text, untranslated. */
  | { code: 'failed'; message: string };

export interface PageResult {
  kind: PageKind;
  /** Why there is no article, when kind is "none", in English (the CLI prints it); `cause` says the same as data. */
  reason?: string;
  /** Why there is no article, for the view to word in the interface's language: set wherever `reason` is. */
  cause?: NoArticleCause;
  /** The page's heading on a listing page, else the article title. */
  title: string | null;
  article: Article | null;
  related: Related;
  removed: Removal[];
  /** Where in the article blocks were taken out, or shown because their filter is off (see removal-marks.ts). */
  marks?: RemovalMark[];
  timings: Partial<Record<StageName, number>>;
  /** The stage that ran over its time budget, when that stopped the reading (see extract-page.ts). */
  overBudget?: StageName;
}

export type GroupBy = 'topic' | 'source' | 'time';

/** A rule a person added: a CSS selector or a phrase, for all sites or one host. */
export interface CustomRule {
  id: string;
  kind: 'selector' | 'phrase';
  value: string;
  /** Host the rule is limited to ("msn.com"), or null for every site. */
  host: string | null;
  enabled: boolean;
}

export interface Settings {
  /** Pack id → on/off. Packs missing here use their defaultOn. */
  filters: Record<string, boolean>;
  /** Host → (pack id → on/off): per-site overrides of `filters`. */
  siteFilters: Record<string, Record<string, boolean>>;
  customRules: CustomRule[];
  groupBy: GroupBy;
}
