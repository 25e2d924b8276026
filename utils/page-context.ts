// What every stage may need to know about the page being read, worked out once by extractPage
// (and the live-page cleaner) and handed down, so no stage parses the URL or reads the clock itself.
import { hostOf, siteKeyOf } from './kit/hosts';

export interface PageContext {
  /** The page's address as given: links on it are resolved against it. */
  url: string;
  /** The host per-site settings and host-scoped rules are keyed on ("msn.com": lower case, no "www."); null without one. */
  host: string | null;
  /**
   * The site's own name, folded: the label just left of its public suffix ("www.msn.com" → "msn",
   * "news.bbc.co.uk" → "bbc", "fakehost" → "fakehost"), "" without a host. A card "source" that
   * says this is the site naming itself, never a publisher.
   */
  siteKey: string;
  /** The page's declared language (its metadata), or null. */
  lang: string | null;
  /** Extraction time (ms since the epoch), for ages like "2 hours ago". */
  now: number;
}

export function pageContextOf(url: string, { lang = null, now }: { lang?: string | null; now: number }): PageContext {
  return { url, host: hostOf(url), siteKey: siteKeyOf(url), lang, now };
}

/** Per-run facts a caller hands the pipeline, as opposed to the person's settings. */
export interface ExtractOptions {
  /** Extraction time (ms since the epoch), for ages like "2 hours ago"; now by default. */
  now?: number;
  /**
   * Work out, for the filter panel and the article's marks, what plain Readability would have
   * dropped anyway and where blocks went (explain-removals.ts): one more Readability run over the
   * whole page. On by default; the bench turns it off to time the extraction alone.
   */
  explainRemovals?: boolean;
}

/** The extraction time `options` give, or now. */
export function extractionTime(options: ExtractOptions): number {
  return options.now !== undefined && Number.isFinite(options.now) ? options.now : Date.now();
}
