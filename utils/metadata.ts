// Page metadata: title, byline, original publisher, site name, date, language, images.
// Read from the untouched clone before any filter runs, from JSON-LD, meta tags and the page itself.
import { safeHttpUrl } from './safe-url';
import { compactKey, squash } from './kit/text';
import { alternation, wordsOfAllLanguages } from './lexicon';
import { bodyOf, classOf, indexPage, tagged, type PageIndex } from './page-index';
import { headerRegion } from './header-region';
import { hasMoreCharsThan, headlineWithoutKicker } from './kit/dom';
import { appDataCredit, creditLine, nameOfHomeSite, readableHost, storyHomeSites } from './publisher-credit';

export interface PageMeta {
  title: string | null;
  /** The element holding the article's headline, if found; protected from filters. */
  titleElement: Element | null;
  byline: string | null;
  source: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** true: the page says it is an article (og:type, JSON-LD); false: it says it is something else; null: silent. */
  declaresArticle: boolean | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|WebPage|SocialMediaPosting|DiscussionForumPosting)$/;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return squash(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', nbsp: ' ' })[e] ?? _);
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return joinNames([...new Set(v.map(nameOf).filter((n): n is string => !!n))]);
  if (v && typeof v === 'object') return str((v as Json).name) ?? str((v as Json).legalName);
  return null;
}

/** "A", "A and B", "A, B and C": names as a byline writes them. */
function joinNames(names: string[]): string | null {
  if (!names.length) return null;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const OTHER_PAGE_TYPES = /^(WebPage|CollectionPage|FAQPage|ProfilePage|SearchResultsPage|Product|ProductGroup|ItemPage|AboutPage|ContactPage|CheckoutPage|ItemList|Offer)$/;

/** Every @type named in the page's JSON-LD, at any depth of @graph. */
function readLdTypes(scripts: Element[]): string[] {
  const types: string[] = [];
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    for (const m of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1].matchAll(/"([^"]+)"/g)) types.push(t[1]);
    }
  }
  return types;
}

/** The JSON-LD objects of the page that describe an article, best first. */
export function readJsonLd(scripts: Element[]): Json[] {
  const found: Json[] = [];
  const walk = (node: unknown) => {
    for (const item of asArray(node)) {
      if (!item || typeof item !== 'object') continue;
      const obj = item as Json;
      if (obj['@graph']) walk(obj['@graph']);
      const types = asArray(obj['@type'] as string | string[]).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(obj);
    }
  };
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      // Some pages wrap it in a comment or a CDATA section.
      walk(JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')));
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  // Real article types before generic WebPage entries.
  return found.sort((a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')));
}

type MetaLookup = (...names: string[]) => string | null;

/** name/property/itemprop (lower case) → first non-empty content. */
function metaLookup(metas: Element[]): MetaLookup {
  const map = new Map<string, string>();
  for (const el of metas) {
    const content = str(el.getAttribute('content'));
    if (!content) continue;
    // property="dc:creator twitter:site_name" names two properties at once.
    const keys = [el.getAttribute('property'), el.getAttribute('name'), el.getAttribute('itemprop')].flatMap((k) => (k ? k.trim().split(/\s+/) : []));
    for (const key of keys) if (!map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return (...names) => {
    for (const n of names) {
      const v = map.get(n.toLowerCase());
      if (v) return v;
    }
    return null;
  };
}

/** ISO 8601 for anything Date can read; null otherwise. */
export function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/\d{4}/.test(v)) return null;
  // "2015-07-10 09:53:00 -0400", "2017-11-03 03:01:00.000000": SQL-ish forms Date does not take as they are.
  const iso = /^\d{4}-\d\d-\d\d \d/.test(v)
    ? v.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1').replace(/\s*([+-]\d\d):?(\d\d)$/, '$1:$2').replace(/\s*(UTC|GMT|Z)$/i, 'Z')
    : v;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t).toISOString() : null;
}

const SEPARATORS = /\s+[|\-–—·:»/]\s+/;

function nameInHost(name: string, host: string): boolean {
  const n = compactKey(name);
  const h = compactKey(host.replace(/^www\./, '').replace(/\.(com|org|net|co|news|uk|de|fr|es|it|io)(\.\w\w)?$/, ''));
  return n.length >= 3 && (h.includes(n) || n.includes(h));
}

/** Removes a " | Site" or "Site - " part from a title when that part names the site. */
export function stripSiteFromTitle(title: string, siteNames: (string | null)[], host: string): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const isSite = (p: string) => siteNames.some((s) => s && compactKey(s) === compactKey(p)) || nameInHost(p, host);
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1])) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  if (kept.length === parts.length) {
    // No part names the site: still drop a short tail after a bar or dash ("… | My website"),
    // as Readability does, when what remains is a headline of its own.
    const m = /^(.*\S)\s+(?:\||–|—|-|·|::)\s+([^|–—·]+)$/.exec(title);
    if (m && m[2].trim().split(/\s+/).length <= 4 && m[1].trim().split(/\s+/).length >= 4) return squash(m[1]);
    return title;
  }
  // Re-cut the original string so separators inside the headline stay as written.
  const start = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const end = title.lastIndexOf(last) + last.length;
  return squash(title.slice(start, end)) || title;
}

// Chinese writes no space after "作者：" or "文/".
const BYLINE_PREFIX = new RegExp(`^(${alternation(wordsOfAllLanguages((l) => l.byline.prefixes))})\\s*(?:[:：/／]\\s*|-?\\s+)`, 'iu');

/** ", Senior Staff Writer…" or " - Repórter da Agência Brasil" after a name: a job title, which is not part of the name. */
export const ROLE_AFTER_NAME = new RegExp(`(?:,|\\s[-–—])\\s*(?:[\\p{L}.'-]+\\s+){0,3}(?:${alternation(wordsOfAllLanguages((l) => l.byline.roles))})\\b.*$`, 'iu');

/**
 * A job title that ends the byline with no comma before it: Korean and Japanese write the role after
 * the name ("김민지 기자", "山田太郎 記者").
 */
const ROLE_AT_END = new RegExp(`(?:\\s+|(?<=[\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Hiragana}\\p{sc=Katakana}]))(?:${alternation(wordsOfAllLanguages((l) => l.byline.roles))})$`, 'iu');
/**
 * A Chinese role that opens the byline, after the outlet's name or none, the name following with or
 * without a space: "记者 张伟", "新京报记者 张伟", "記者張三／台北報導". Only a Han name may follow,
 * so "山田太郎記者 (東京)" keeps its name.
 */
const HAN_ROLES = wordsOfAllLanguages((l) => l.byline.roles).filter((w) => /^\p{sc=Han}+$/u.test(w));
const ROLE_BEFORE_NAME = new RegExp(`^\\p{sc=Han}{0,8}?(?:${alternation(HAN_ROLES)})\\s*(?:[:：/／]\\s*)?(?=\\p{sc=Han})`, 'u');
/** An e-mail address in a byline ("김민지 기자(kimmj@yna.co.kr)"): contact, not name. */
const EMAIL = /\(?\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s*\)?/gu;

/** "By Jane Doe • 3h ago" → "Jane Doe"; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s || /^https?:\/\//.test(s)) return null;
  s = s.replace(BYLINE_PREFIX, '').replace(ROLE_BEFORE_NAME, '');
  s = squash(s.replace(EMAIL, ' '));
  // A job title after the name ("Jane Doe, Senior Staff Technologist, ACLU") is not part of it.
  s = s.replace(ROLE_AFTER_NAME, '');
  // "Staff Reporter" keeps its role: "Staff" alone would read as a name.
  if (!/^staff\s/i.test(s)) s = s.replace(ROLE_AT_END, '');
  // A user handle ("CC7567", "jdoe_42"), not a name: one word, with digits in it.
  if (/^[\p{L}\p{N}._@-]*\d[\p{L}\p{N}._@-]*$/u.test(s)) return null;
  // Cut at the first date/time-ish tail: "• 3h", "| Updated", "Published 12 Sep", "July 5, 2025", or the
  // place of a Taiwanese byline ("張三／台北報導").
  s = s.split(/\s*(?:[•·|／]|—\s|\bupdated\b|\bpublished\b|\bposted\b|\b(?:edited|photos?|illustrations?|additional reporting) by\b|\d{1,2}:\d\d|\b\d+\s*(?:h|hr|hrs|hours?|m|mins?|minutes?|d|days?)\b\s*(?:ago)?)/i)[0];
  s = s.replace(/,?\s*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?.*$/i, '');
  s = s.replace(/,?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$/, '');
  s = s.replace(/(\p{L})\d+$/u, '$1'); // "Lucas Nolan22" (a day glued on by the page)
  s = s.replace(/[,;:\-–—\s]+$/, '').trim();
  if (!s || s.length > 120 || !/\p{L}{2}/u.test(s)) return null;
  // A date or time alone ("20 Nov 2019 08:00 GMT") is not an author.
  const letters = s.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(gmt|utc|am|pm|[ecmp][sd]t)\b|[^\p{L}]/giu, '');
  if (letters.length < 2) return null;
  return s;
}

const SOURCE_HREF = /\/(sources?|publishers?|providers?|channels?|outlets?|feeds?|press)\/[^/?#]+(?:\/[^/?#]*)?\/?(?:[?#]|$)/i;
const SOURCE_ATTR = /\b(provider|attribution|source|publisher|outlet|partner|pub[-_]?name)(?![-_\s]?(logo|img|image|icon))/i;
/** A logo or avatar by the headline: its alt text names the publisher. */
const LOGO_ATTR = /provider|source|publisher|channel|attribution|outlet|partner/i;

/** Class names with their camelCase words apart ("EntryMetadataSource" → "Entry Metadata Source"). */
const classWords = (el: Element) => `${classOf(el) ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

/**
 * A provider row's name: its first piece of text that reads as one, so what follows it in the row (a
 * "Follow" button, a bias or rating label, a count of sources, a date) is not glued on.
 */
function rowName(el: Element): string | null {
  const pieces: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) pieces.push(c.textContent ?? '');
      else if (c.nodeType === 1 && !(c as Element).matches('button, [role="button"], script, style')) {
        if ((c as Element).children.length === 0) pieces.push(c.textContent ?? '');
        else walk(c);
      }
    }
  };
  walk(el);
  const row = pieces.map((p) => squash(p)).filter(Boolean);
  // A provider row is short; a longer block is a caption or a paragraph, not a credit.
  if (row.join(' ').length > 100) return null;
  return cleanSourceText(row.join(' · '));
}

/** A short publisher name in the page's provider row ("Russia Today7 days ago" → "Russia Today"). */
function sourceFromPage(region: Element[], siteName: string | null): string | null {
  let byAttr: string | null = null;
  let byLogo: string | null = null;
  for (const el of region) {
    // A link to the outlet's page on the aggregator ("/source/russia-today") next to the headline wins.
    if (el.localName === 'a' && SOURCE_HREF.test(el.getAttribute('href') ?? '')) {
      const name = rowName(el) ?? cleanSourceText(squash(el.querySelector('img[alt]')?.getAttribute('alt')));
      if (name) return name;
    }
    if (!byLogo && el.localName === 'img') byLogo = logoName(el, siteName);
    if (byAttr) continue;
    const words = classWords(el);
    if (!words.trim() || !SOURCE_ATTR.test(words)) continue;
    if (el.closest('[class*="card"], [class*="related"], [class*="recommend"]') || inByline(el)) continue;
    const nameEl = el.querySelector('[itemprop="name"], [class*="name"], [class*="Name"]');
    byAttr = (nameEl ? cleanSourceText(squash(nameEl.textContent)) : null) ?? rowName(el) ?? cleanSourceText(squash(el.querySelector('img[alt]')?.getAttribute('alt')));
  }
  return byAttr ?? byLogo;
}

/** Inside the author's row ("By Gwen Alvarado" marked as an attribution): a person, not a publisher. */
function inByline(el: Element): boolean {
  for (let a: Element | null = el, i = 0; a && i < 3; i++, a = a.parentElement) if (AUTHOR_ATTR.test(classWords(a))) return true;
  return false;
}

/** The name a publisher's logo or avatar gives in its alt text; not the site's own logo, not a photo's description. */
function logoName(img: Element, siteName: string | null): string | null {
  // An author's photo in the byline is no publisher's logo.
  if (inByline(img)) return null;
  let marked = false;
  for (let a: Element | null = img, i = 0; a && i < 3 && !marked; i++, a = a.parentElement) marked = LOGO_ATTR.test(classWords(a));
  if (!marked) return null;
  const alt = squash(img.getAttribute('alt')).replace(/[\s_-]*\b(logo|icon|avatar)\b[\s_-]*/gi, ' ').trim();
  const name = cleanSourceText(alt);
  return name && !(siteName && compactKey(name) === compactKey(siteName)) && name.split(' ').length <= 6 ? name : null;
}

// A syndication line names its outlet last ("This post originally appeared on Grist."): the outlet
// is the source, and the line itself is no bare name, so the cleanup at the article's top keeps it.
const SYNDICATED = /^(this (post|article|story|piece) )?(was )?(originally )?(appeared|published|ran) (first )?(on|in|at|by)\s+(.+?)\.?$/i;

function cleanSourceText(text: string): string | null {
  let s = text.replace(SYNDICATED, '$8').replace(/^(source|from|via|provided by|publisher)\s*:?\s*/i, '');
  s = s.replace(/^[\s•·|]+/, '').split(/\s*[•·|]\s*|\s*\b(?:story by|by)\b/i)[0];
  s = s.replace(/\s*(time)?\s*(\d+\s*(s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|years?)\s*ago|\d+\s*[hmd]\b|yesterday|just now)\s*$/i, '');
  s = s.replace(/\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$/, '').trim();
  if (!s || s.length > 60 || s.split(' ').length > 6 || !/\p{L}/u.test(s)) return null;
  // A date or a clock time is no publisher ("November 19, 2019 / 8:16 AM").
  if (/\d{1,2}:\d\d|\b(1[89]|20)\d\d\b/.test(s)) return null;
  return s;
}

function findTitleElement(index: PageIndex, title: string | null, byText: boolean): Element | null {
  const headings = tagged(index, 'h1', 'h2').filter((h) => !h.closest('nav, footer, li'));
  if (byText) {
    if (!title) return null;
    const t = compactKey(title);
    // The title may still carry a site name we could not tell ("New Zealand - Wikipedia"): its
    // first part alone may be the headline.
    const head = compactKey(title.split(SEPARATORS)[0] ?? '');
    const hit = headings.find((h) => {
      const ht = compactKey(h.textContent ?? '');
      return ht.length > 8 && (ht === t || ht === head || (t.includes(ht) && ht.length > t.length * 0.6) || (ht.includes(t) && t.length > ht.length * 0.6));
    });
    return hit ?? null;
  }
  const h1s = headings.filter((h) => h.localName === 'h1' && squash(h.textContent).length > 10);
  return h1s.length === 1 ? h1s[0] : null;
}

/** What the page declares about itself, read once and shared by the phases of readMetadata. */
interface Declared {
  host: string;
  /** The best JSON-LD object describing an article, if any. */
  ld: Json | null;
  meta: MetaLookup;
  /** The JSON-LD publisher's name. */
  publisherLd: string | null;
  /** The text of <title>. */
  docTitle: string;
}

export function readMetadata(doc: Document, url: string, index: PageIndex = indexPage(doc.documentElement)): PageMeta {
  const ld = readJsonLd(tagged(index, 'script'))[0] ?? null;
  const meta = metaLookup(tagged(index, 'meta'));
  const declared: Declared = { host: hostOf(url), ld, meta, publisherLd: nameOf(ld?.publisher), docTitle: squash(tagged(index, 'title')[0]?.textContent) };
  const siteName = siteNameOf(index, declared);
  const { title, titleElement } = titleOf(index, declared, siteName);
  const html = doc.documentElement;
  const ldImage = asArray(ld?.image as unknown)[0];
  const region = headerRegion(index, titleElement);
  const byline = bylineOf(doc, declared, siteName, region);
  const canonicalUrl = safeHttpUrl(tagged(index, 'link').find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href') ?? meta('og:url'), url);
  return {
    title,
    titleElement,
    byline,
    source: sourceOf({ index, declared, siteName, title, titleElement, region, byline, url, canonicalUrl }),
    siteName,
    publishedTime: publishedTimeOf(index, declared, titleElement, region),
    canonicalUrl,
    lang: str(html?.getAttribute('lang')) ?? meta('content-language', 'language', 'dc.language') ?? (meta('og:locale')?.replace('_', '-') ?? null),
    dir: str(html?.getAttribute('dir')) ?? str(bodyOf(doc)?.getAttribute('dir')) ?? null,
    excerpt: meta('og:description', 'description', 'twitter:description') ?? str(ld?.description),
    leadImage: safeHttpUrl(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? (typeof ldImage === 'string' ? ldImage : str((ldImage as Json | undefined)?.url)), url),
    declaresArticle: declaresArticle(index, meta),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The site's name: declared, or else a title part or a header logo that names the host (only then is it trusted). */
function siteNameOf(index: PageIndex, { meta, publisherLd, docTitle, host }: Declared): string | null {
  const declared = meta('og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:android:app_name', 'twitter:app:name:iphone') ?? publisherLd;
  if (declared) return declared;
  const parts = docTitle.split(SEPARATORS);
  const inTitle = parts.length > 1 ? parts.find((p, i) => i > 0 && nameInHost(p, host)) ?? null : null;
  if (inTitle) return inTitle;
  const logo = tagged(index, 'img', 'amp-img')
    .filter((i) => i.getAttribute('alt') && i.closest('header, [class*="logo"]'))
    .map((i) => squash(i.getAttribute('alt')).replace(/[\s_-]*\b(logo|image|img|icon)\b[\s_-]*/gi, ' ').trim());
  // A logo's alt text names the site only when it is the host's own name ("ascom-image-Logo" is not).
  return logo.find((a) => a.length >= 3 && compactKey(host).includes(compactKey(a)) && /^\p{Lu}|\p{N}/u.test(a)) ?? null;
}

/** The headline and the element showing it: the visible headline when it is the declared title (it is better formatted), else the declared title. */
function titleOf(index: PageIndex, { ld, meta, publisherLd, docTitle, host }: Declared, siteName: string | null): { title: string | null; titleElement: Element | null } {
  const rawTitles = [
    str(ld?.headline),
    meta('dc.title', 'dcterm.title', 'dcterms.title', 'dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'sailthru.title', 'parsely-title'),
    docTitle,
  ].filter((t): t is string => !!t);
  const cleanTitles = rawTitles.map((t) => stripSiteFromTitle(t, [siteName, publisherLd], host));
  const matchedHeading = findTitleElement(index, cleanTitles[0] ?? null, true) ?? (cleanTitles[1] ? findTitleElement(index, cleanTitles[1], true) : null);
  const titleElement = matchedHeading ?? findTitleElement(index, null, false);
  // A heading's own anchor link ("¶", "#" in documentation themes) is not part of its text.
  // A kicker set above the headline in its own element ("Hamburger Hafen") is no part of it.
  const headingText = (h: Element) => squash(headlineWithoutKicker(h) ?? h.textContent).replace(/\s*[¶§#]+$/u, '');
  const title = matchedHeading ? headingText(matchedHeading) : cleanTitles[0] ?? (titleElement ? headingText(titleElement) : null);
  return { title, titleElement };
}

/** The author: declared in JSON-LD, then in meta tags, then shown on the page; never the site's own name. */
function bylineOf(doc: Document, { ld, meta }: Declared, siteName: string | null, region: Element[]): string | null {
  const ldAuthor = nameOf(ld?.author) ?? nameOf(ld?.creator);
  const metaAuthor = meta('dc:creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'cXenseParse:author');
  const pageAuthor = squash(
    doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, [class*="byline"], [class*="author-name"], [data-testid*="byline"]')?.textContent,
  );
  const byline = cleanByline(ldAuthor) ?? cleanByline(metaAuthor) ?? cleanByline(pageAuthor) ?? bylineByHeadline(region);
  if (byline && siteName && compactKey(byline) === compactKey(siteName)) return cleanByline(pageAuthor);
  return byline;
}

const AUTHOR_ATTR = /author|byline|writer/i;
const NOT_A_NAME_ATTR = /avatar|image|img|photo|picture|bio|thumb|icon|logo|url|link|follow/i;
const NOT_A_NAME_WORD = new RegExp(`(?:^|[\\s,])(?:${alternation([...wordsOfAllLanguages((l) => l.byline.roles), ...wordsOfAllLanguages((l) => l.time.labels)])})(?=$|[\\s,:])`, 'iu');
const BYLINE_LEAD = new RegExp(`^(${alternation(wordsOfAllLanguages((l) => l.byline.prefixes))})\\s+\\p{Lu}`, 'iu');

/**
 * The author shown by the headline without a byline class a selector knows: a short row whose class
 * says author ("EntryMetadataAuthor", "author") or whose text opens with a byline word ("Story by …").
 */
/** Longest text an element may have to be read as a byline row. */
const BYLINE_MAX = 80;

function bylineByHeadline(region: Element[]): string | null {
  for (const el of region) {
    // Asked first, as it stops early: the region's outer elements may hold megabytes of inline data.
    if (hasMoreCharsThan(el, BYLINE_MAX)) continue;
    const text = squash(el.textContent);
    if (!text || text.length > BYLINE_MAX || el.querySelector('p, div, h1, h2, h3')) continue;
    const words = classWords(el);
    const byClass = AUTHOR_ATTR.test(words) && !NOT_A_NAME_ATTR.test(words);
    if (!byClass && !(el.children.length === 0 && BYLINE_LEAD.test(text))) continue;
    const name = cleanByline(text);
    // A name has two to six words, most of them capitalised ("Priya Okafor", "Hélène Garnier"), and
    // is no job title ("Games Editor") nor a date label ("Veröffentlicht am").
    if (name && name.split(' ').length >= 2 && name.split(' ').length <= 6 && /^\p{Lu}/u.test(name) && !NOT_A_NAME_WORD.test(name)) return name;
  }
  return null;
}

interface SourceInputs {
  index: PageIndex;
  declared: Declared;
  siteName: string | null;
  title: string | null;
  titleElement: Element | null;
  region: Element[];
  byline: string | null;
  url: string;
  canonicalUrl: string | null;
}

/**
 * The original publisher: declared (JSON-LD source organisation, provider or publisher), credited on
 * the page (a credit line, the app's data, the provider row, a name of the site the page links as the
 * story's home), else the site itself, or that site's address when the site has no name. A page
 * gathering other outlets' stories credits itself only when it names an author.
 */
function sourceOf(p: SourceInputs): string | null {
  const { index, siteName, region, url } = p;
  const { ld, meta, publisherLd, host } = p.declared;
  const isSite = (n: string) => (siteName !== null && compactKey(n) === compactKey(siteName)) || nameInHost(n, host);
  const usable = (n: string | null | undefined): n is string => !!n && !isSite(n) && !/^https?:/i.test(n);
  const basedOn = asArray(ld?.isBasedOn as unknown);
  const originalLd = nameOf(ld?.sourceOrganization) ?? nameOf(ld?.provider) ?? basedOn.map((b) => (b && typeof b === 'object' ? nameOf((b as Json).publisher) ?? nameOf((b as Json).sourceOrganization) : null)).find(Boolean) ?? null;
  const app = appDataCredit(index, p.title);
  const homeSites = storyHomeSites(url, [
    p.canonicalUrl,
    ...basedOn.map((b) => (typeof b === 'string' ? b : str((b as Json | null)?.url))),
    str((ld?.sourceOrganization as Json | undefined)?.url),
    p.titleElement?.closest('a')?.getAttribute('href') ?? p.titleElement?.querySelector('a')?.getAttribute('href'),
    app?.url,
  ]);
  const credited = [
    originalLd,
    publisherLd,
    creditLine(index, url)?.name,
    app?.name,
    sourceFromPage(region, siteName),
    nameOfHomeSite(region, index, homeSites),
    meta('article:publisher_name', 'source', 'original-source', 'syndication-source'),
  ].find(usable);
  if (credited) return credited;
  if (publisherLd && !/^https?:/i.test(publisherLd)) return publisherLd;
  // A canonical link to another site says where the story lives; its address names it when the page has no name of its own.
  const home = !siteName && p.canonicalUrl && storyHomeSites(url, [p.canonicalUrl]).length ? readableHost(p.canonicalUrl, url) : null;
  return home ?? siteName;
}

/** Dated <article>s that make a list of cards rather than one article with a few related teasers. */
const MIN_DATED_CARDS = 3;

/** The publication date: declared in JSON-LD or meta tags, else the page's own <time> (the marked one, the one by the headline, one in the article), else a full date by the headline. */
function publishedTimeOf(index: PageIndex, { ld, meta }: Declared, titleElement: Element | null, region: Element[]): string | null {
  const times = tagged(index, 'time').filter((t) => t.hasAttribute('datetime'));
  const nearTitle = titleElement?.parentElement?.parentElement;
  // Several dated <article>s are a list of cards (a topic page, a coverage page): a date in one of
  // them is that card's, unless the headline is in it too.
  const datedArticles = new Set(times.map((t) => t.closest('article')).filter(Boolean));
  const ownTimes = datedArticles.size < MIN_DATED_CARDS ? times : times.filter((t) => {
    const article = t.closest('article');
    return !article || (!!titleElement && article.contains(titleElement));
  });
  const timeEl =
    times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate')) ??
    (nearTitle ? ownTimes.find((t) => nearTitle.contains(t)) : undefined) ??
    ownTimes.find((t) => t.closest('article, main'));
  return (
    toIso(str(ld?.datePublished)) ??
    toIso(meta('article:published_time', 'og:article:published_time', 'datePublished', 'publish-date', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date', 'article.published')) ??
    toIso(timeEl?.getAttribute('datetime')) ??
    toIso(str(ld?.dateCreated)) ??
    dateInTitleAttribute(region)
  );
}

const UPDATED_LABEL = /^(updated|modified|edited|last updated|aktualisiert|mis à jour|actualizado|aggiornato)\b/i;

/**
 * "6h" shown by the headline with the full date in its title attribute ("Published: Wed, 18 Nov 2026
 * 14:20:00 GMT"), as feed readers show it; not a date labelled as an update.
 */
function dateInTitleAttribute(region: Element[]): string | null {
  for (const el of region) {
    const title = squash(el.getAttribute('title'));
    if (!title || title.length > 80 || UPDATED_LABEL.test(title)) continue;
    const value = title.replace(/^[\p{L} ]{2,30}:\s*/u, '');
    // A full date: a year and a clock time.
    if (!/\b\d{4}\b/.test(value) || !/\d{1,2}:\d\d/.test(value)) continue;
    const iso = toIso(value);
    if (iso) return iso;
  }
  return null;
}

/**
 * Whether the page says it is an article. og:type "website" alone proves nothing (many news sites
 * never set it); a structured-data page type (FAQPage, Product, CollectionPage…) with no article type does.
 */
function declaresArticle(index: PageIndex, meta: MetaLookup): boolean | null {
  const ogType = meta('og:type')?.toLowerCase() ?? null;
  // Types are read from the text too: JSON-LD that does not parse still says what the page is.
  const ldTypes = readLdTypes(tagged(index, 'script'));
  const ldIsArticle = ldTypes.some((t) => t !== 'WebPage' && ARTICLE_TYPES.test(t));
  const ldOtherPage = ldTypes.some((t) => OTHER_PAGE_TYPES.test(t));
  return ldIsArticle || (ogType !== null && /article|news|blog|post/.test(ogType)) ? true : ldOtherPage ? false : null;
}
