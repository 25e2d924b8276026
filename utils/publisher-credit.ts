// The story's first publisher, in the shapes aggregators and feed readers show it besides a provider
// row by the headline: a credit line ("Read full article at X", "Publié à l'origine sur X"), the app's
// own data (__NEXT_DATA__, __NUXT__), and the publisher's site the page names as the story's home
// (a canonical link, JSON-LD isBasedOn, the headline's own link), named next to the headline.
import { compactKey, squash } from './kit/text';
import { siteKeyOf } from './kit/hosts';
import { insideTag } from './kit/dom';
import { alternation, wordsOfAllLanguages } from './lexicon';
import type { BylineWords } from './lexicon/types';
import { tagged, type PageIndex } from './page-index';

type Json = Record<string, unknown>;

const leads = (pick: (b: BylineWords) => string[] | undefined) =>
  alternation(wordsOfAllLanguages((l) => pick(l.byline) ?? []).sort((a, b) => b.length - a.length));
// Chinese writes a full-width colon and no space after the lead ("来源：新京报").
const AFTER_LEAD = String.raw`\s*(?:[:：]\s*|\s+)`;
const CREDIT_LINE = new RegExp(`^(?:${leads((b) => b.credits)})${AFTER_LEAD}(.+?)[.!]?$`, 'diu');
const CREDIT_LINK = new RegExp(`^(?:${leads((b) => b.creditLinks)})${AFTER_LEAD}(.+?)[.!]?$`, 'diu');

/**
 * The name a credit line gives after its lead, as the page writes it: the lead is matched with plain
 * apostrophes, as the word lists write them ("Publié à l’origine sur" is "Publié à l'origine sur").
 */
function namedBy(pattern: RegExp, text: string): string | null {
  const line = squash(text);
  const span = pattern.exec(line.replace(/[’‘`´]/g, "'"))?.indices?.[1];
  return span ? creditName(line.slice(span[0], span[1])) : null;
}

/**
 * A publisher's name as a credit gives it, or null for what is no name: a count ("24 sources"), a
 * date, a sentence, a lower-case word ("the app") unless it is a domain ("nytimes.com").
 */
export function creditName(raw: string | null | undefined): string | null {
  const s = squash(raw).replace(/[\s.,;:!|·•–—-]+$/u, '');
  if (s.length < 2 || s.length > 60 || s.split(' ').length > 8 || !/\p{L}/u.test(s)) return null;
  if (/^\d[\d.,]*\s*\p{L}+$/u.test(s) || /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d\d|\b(1[89]|20)\d\d\b/u.test(s)) return null;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s)) return s;
  return /^[\p{Lu}\p{Lo}\p{N}]/u.test(s) ? s : null;
}

/** Does this name name that site ("Cedar & Main Weekly" and cedarandmainweekly.com)? */
export function namesSite(name: string, siteKey: string): boolean {
  const k = compactKey(name.replace(/&/g, ' and '));
  const bare = compactKey(name.replace(/&/g, ' and ').replace(/^the\s+/i, ''));
  if (siteKey.length < 4) return false;
  // The name may add a word or two to the address ("The", "Daily"), not a sentence around it
  // ("Thank you for supporting Medical News Today").
  return [k, bare].some((n) => n.length >= 4 && (siteKey.includes(n) || (n.includes(siteKey) && n.length - siteKey.length <= 6)));
}

const siteOfUrl = (href: string | null | undefined, base: string): string | null => {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? siteKeyOf(u.href) : null;
  } catch {
    return null;
  }
};

/** The publisher a whole line credits ("Read full article at X" → X), or null for any other text. */
export function creditedName(text: string): string | null {
  return namedBy(CREDIT_LINE, text) ?? namedBy(CREDIT_LINK, text);
}

export interface CreditLine {
  name: string;
  /** The block showing it, for the article text to leave out. */
  element: Element;
}

const LIST_OR_NAV = new Set(['li', 'nav']);

/**
 * "Read full article at X", "Originally published on X", anywhere outside story lists; a link's
 * "Continue to X" only when it leads to X's site. The first one on the page.
 */
export function creditLine(index: PageIndex, url: string): CreditLine | null {
  const pageSite = siteKeyOf(url);
  // A wrapper and its only child hold the same text: each text is read once.
  const read = new Set<string>();
  for (const el of index.elements) {
    const text = index.text.get(el);
    if (!text || text.length > 120 || (el.localName !== 'a' && read.has(text))) continue;
    read.add(text);
    // The phrase first: it is a cheap test that almost every element fails, the climb is not.
    const name = namedBy(CREDIT_LINE, text);
    if (name && !insideTag(el, LIST_OR_NAV)) return { name, element: el };
    if (el.localName !== 'a') continue;
    const linked = namedBy(CREDIT_LINK, text);
    if (!linked || insideTag(el, LIST_OR_NAV)) continue;
    const target = siteOfUrl(el.getAttribute('href'), url);
    if (target && target !== pageSite && namesSite(linked, target)) return { name: linked, element: el };
  }
  return null;
}

const PUBLISHER_KEYS = ['publisher', 'publisherName', 'source', 'sourceName', 'provider', 'providerName', 'outlet', 'outletName', 'publication', 'publicationName', 'sourceOrganization'];
const URL_KEYS = ['originalUrl', 'originalURL', 'sourceUrl', 'sourceURL', 'canonicalUrl', 'url', 'link'];
const TITLE_KEYS = ['title', 'headline'];
/** App state assigned to a window global in an inline script: Nuxt, Redux and similar. */
const STATE_ASSIGNMENT = /(?:window\.)?__[A-Z_]*(?:NUXT|STATE|DATA|PROPS|APOLLO)[A-Z_]*__\s*=\s*/g;
/** A page's app data is read only this far, and walked through this many values at most. */
const MAX_APP_DATA = 2_000_000;
const MAX_NODES = 50_000;

export interface AppDataCredit {
  name: string | null;
  /** The original story's address, when the app data gives it. */
  url: string | null;
}

/**
 * The publisher of the story the page shows, from the app's own data: the object whose title is the
 * page's headline names it ("publisher": {"name": …}, "publisherName", "source"). Other objects,
 * such as the trending stories beside it, name their own publishers and are not read.
 */
export function appDataCredit(index: PageIndex, title: string | null): AppDataCredit | null {
  if (!title) return null;
  const want = compactKey(title);
  for (const data of appData(index)) {
    const story = findStory(data, want);
    if (story) return { name: nameIn(story, PUBLISHER_KEYS), url: stringIn(story, URL_KEYS) };
  }
  return null;
}

function* appData(index: PageIndex): Generator<unknown> {
  for (const script of tagged(index, 'script')) {
    const type = script.getAttribute('type')?.toLowerCase() ?? '';
    const text = script.textContent ?? '';
    if (text.length > MAX_APP_DATA || type === 'application/ld+json') continue;
    if (type === 'application/json') {
      const parsed = parseJson(text);
      if (parsed !== undefined) yield parsed;
      continue;
    }
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    for (const m of text.matchAll(STATE_ASSIGNMENT)) {
      const json = balancedObjectAt(text, m.index + m[0].length);
      const parsed = json ? parseJson(json) : undefined;
      if (parsed !== undefined) yield parsed;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `{…}` that starts at `start`, strings and escapes respected; null when there is none. */
function balancedObjectAt(text: string, start: number): string | null {
  if (text[start] !== '{') return null;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** The first object (breadth first, bounded) whose title is the headline. */
function findStory(root: unknown, want: string): Json | null {
  const queue: unknown[] = [root];
  for (let n = 0; n < queue.length && n < MAX_NODES; n++) {
    const v = queue[n];
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      queue.push(...v);
      continue;
    }
    const obj = v as Json;
    if (TITLE_KEYS.some((k) => typeof obj[k] === 'string' && compactKey(obj[k] as string) === want)) return obj;
    queue.push(...Object.values(obj));
  }
  return null;
}

function nameIn(obj: Json, keys: string[]): string | null {
  for (const k of keys) {
    const v = obj[k];
    const raw = typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) ? (v as Json).name ?? (v as Json).title ?? (v as Json).displayName : null;
    const name = typeof raw === 'string' ? creditName(raw) : null;
    if (name && !/^https?:/i.test(name)) return name;
  }
  return null;
}

function stringIn(obj: Json, keys: string[]): string | null {
  for (const k of keys) if (typeof obj[k] === 'string' && /^https?:\/\//i.test(obj[k] as string)) return obj[k] as string;
  return null;
}

/**
 * The sites, other than the page's own, that the page gives as the story's home: its canonical link,
 * JSON-LD isBasedOn and the source organisation's url, the headline's own link, the app data's url.
 */
export function storyHomeSites(url: string, hrefs: (string | null | undefined)[]): string[] {
  const pageSite = siteKeyOf(url);
  const sites = hrefs.map((h) => siteOfUrl(h, url)).filter((s): s is string => !!s && s !== pageSite);
  return [...new Set(sites)];
}

/** A short text or logo by the headline that names one of those sites ("Coastal Gazette" for coastalgazette.com). */
export function nameOfHomeSite(region: Element[], index: PageIndex, sites: string[]): string | null {
  if (!sites.length) return null;
  for (const el of region) {
    const raw = el.localName === 'img' ? el.getAttribute('alt') : el.children.length === 0 ? index.text.get(el) : null;
    const name = creditName(raw);
    if (name && sites.some((s) => namesSite(name, s))) return name;
  }
  return null;
}

/** "brookhavensentinel.com": a site named only by its address, as a reader reads it. */
export function readableHost(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

