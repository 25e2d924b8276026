// What every stage may need to know about the page being read, worked out once by extractPage
// (and the live-page cleaner) and handed down, so no stage parses the URL or reads the clock itself.
import { hostOf, siteKeyOf } from './kit/hosts';
import { safeHttpUrl } from './safe-url';
import type { PageIndex } from './page-index';

export interface PageContext {
  /** The page's address as given. */
  url: string;
  /**
   * What links on the page are resolved against, as a browser does: the address its `<base href>`
   * names (Google News writes "./read/…" under `<base href="https://news.google.com/">` on a page at
   * /topics/…), else `url`.
   */
  baseUrl: string;
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

export function pageContextOf(url: string, { lang = null, now, base = null }: { lang?: string | null; now: number; base?: string | null }): PageContext {
  return { url, baseUrl: resolvedBase(url, base), host: hostOf(url), siteKey: siteKeyOf(url), lang, now };
}

/** The first `<base href>` of a document, as written; a browser reads only the first. */
export function baseHrefOf(doc: Document, index?: PageIndex): string | null {
  // The index lists the page's <base> elements already; a query would walk the whole page for none.
  const bases = index && index.root === doc.documentElement ? index.byTag.get('base') ?? [] : Array.from(doc.querySelectorAll('base'));
  return bases.find((b) => b.hasAttribute('href'))?.getAttribute('href') ?? null;
}

function resolvedBase(url: string, base: string | null): string {
  return (base?.trim() && safeHttpUrl(base.trim(), url)) || url;
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
