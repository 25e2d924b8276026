// What a card's link points at: an article, an ad click-out, or something else (a section, a login page).
// Story lists are recognised by structure, so this is the only place that looks at URLs.

import { hostMatches } from '../kit/hosts';

// Parameters that only say where a click came from; the same story behind two of them is one story.
const TRACKING_PARAMS = new Set([
  'ref', 'ref_src', 'ref_url', 'referrer', 'ocid', 'cvid', 'ei', 'pc', 'fbclid', 'gclid', 'gclsrc', 'dclid',
  'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'mc_cid', 'mc_eid', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', '_ga', '_gl', 'spm', 'smid', 'smtyp', 'cmpid', 'cmp', 'soc_src', 'soc_trk', 'taid',
  'ncid', 'sr_share', 'share', 'src', 'source', 'via', 'xtor', 'at_medium', 'at_campaign', 'wt_mc', 'wt.mc_id',
  'ito', 'itm_source', 'itm_medium', 'itm_campaign', 'partner', 'traffic_source', 'tbref', 'ved', 'usg',
]);
const TRACKING_PREFIXES = ['utm_', 'itm_', 'at_', 'pk_', 'mtm_', 'hsa_', 'ga_'];

// Hosts whose links are paid click-outs, never an editor's story.
const AD_HOSTS = [
  'taboola.com', 'outbrain.com', 'doubleclick.net', 'googleadservices.com', 'googlesyndication.com',
  'adnxs.com', 'criteo.com', 'criteo.net', 'zemanta.com', 'revcontent.com', 'mgid.com', 'adclick.g.doubleclick.net',
  'amazon-adsystem.com', 'adform.net', 'adsrvr.org', 'clickout.com', 'content.ad', 'nativo.com', 'sharethrough.com',
  'beap.gemini.yahoo.com', 'yieldmo.com', 'triplelift.com', 'teads.tv', 'plista.com', 'ligatus.com', 'adblade.com',
  'clickbank.net', 'lqm.io', 'trc.taboola.com', 'paid.outbrain.com', 'smartadserver.com', 'adition.com',
];
const AD_PATH = /(?:^|\/)(?:aclk|adclick|clickout|click-out|adserver|pagead|sponsored-redirect)(?:\/|$|\?)/i;

// Path segments of pages that are not stories (sections, accounts, legal pages, app stores).
const NON_ARTICLE_SEGMENT = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'author', 'authors', 'profile', 'user', 'users', 'login',
  'signin', 'sign-in', 'signup', 'sign-up', 'register', 'account', 'accounts', 'search', 'about', 'about-us', 'contact',
  'contact-us', 'privacy', 'privacy-policy', 'terms', 'terms-of-use', 'terms-of-service', 'cookies', 'cookie-policy',
  'legal', 'help', 'faq', 'support', 'careers', 'jobs', 'advertise', 'sitemap', 'subscribe', 'subscription',
  'subscriptions', 'newsletter', 'newsletters', 'settings', 'preferences', 'feedback', 'accessibility', 'rss', 'feed',
  'share', 'intent', 'sharer', 'sharer.php',
]);
const NON_ARTICLE_HOSTS = [
  'apps.apple.com', 'itunes.apple.com', 'play.google.com', 'facebook.com', 'twitter.com', 'x.com', 'instagram.com',
  'linkedin.com', 'pinterest.com', 'whatsapp.com', 'wa.me', 't.me', 'reddit.com', 'tiktok.com', 'youtube.com',
  'accounts.google.com', 'login.live.com', 'mailto',
];

// Shops' product pages: an editor's shopping picks inside an article are its content, not other stories.
const SHOP_HOSTS = ['amzn.to', 'amzn.eu', 'amzn.asia', 'ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.fr', 'etsy.com', 'aliexpress.com'];
const AMAZON_HOST = /(?:^|\.)amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Absolute URL, or null for javascript:, mailto:, bare fragments and unparsable hrefs. */
export function resolveUrl(href: string | null | undefined, baseUrl: string): URL | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|tel|sms|data|about|blob|intent):/i.test(h)) return null;
  try {
    const u = new URL(h, baseUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/**
 * The query's name-value pairs, as URLSearchParams reads them, but from the string: in a Firefox
 * content script (the live-page cleaner runs this) `URL` is the page's, seen through Xray
 * wrappers, and its iterators are not iterable there.
 */
function queryPairs(u: URL): Array<[string, string]> {
  return u.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [decodeQueryPart(pair), ''] : [decodeQueryPart(pair.slice(0, at)), decodeQueryPart(pair.slice(at + 1))];
    });
}

/** The story's URL as it should be shown and compared: absolute, no fragment, no tracking parameters. */
export function canonicalStoryUrl(href: string | null | undefined, baseUrl: string): string | null {
  const u = resolveUrl(href, baseUrl);
  if (!u) return null;
  u.hash = '';
  for (const [name] of queryPairs(u)) if (isTrackingParam(name)) u.searchParams.delete(name);
  // URLSearchParams re-encodes; keep an empty query out of the string.
  if (queryPairs(u).length === 0) u.search = '';
  return u.toString();
}

/** A key that ignores scheme, "www." and a trailing slash, for comparing two story URLs. */
export function urlKey(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+(?=\?|$)/, '').toLowerCase();
}

export function isAdUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return AD_HOSTS.some((h) => hostMatches(host, h)) || AD_PATH.test(url.pathname);
}

/** A shop's product page (or a short link to one). */
export function isProductUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return SHOP_HOSTS.some((h) => hostMatches(host, h)) || AMAZON_HOST.test(host);
}

/**
 * Whether a URL looks like one story rather than a section, a profile or a utility page: a slug with
 * words, a long id, or a ".html" page somewhere below the root.
 */
export function isArticleLikeUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (NON_ARTICLE_HOSTS.some((h) => hostMatches(host, h))) return false;
  if (isProductUrl(url)) return false;
  const raw = url.pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const segments = raw.map((s) => s.toLowerCase());
  if (segments.some((s) => NON_ARTICLE_SEGMENT.has(s))) return false;
  const last = segments[segments.length - 1] ?? '';
  if (segments.length === 0) {
    // Story ids in the query: "?p=123", "?id=123456", "?story=...".
    return queryPairs(url).some(([k, v]) => /^(?:p|id|story|article|articleid|storyid|sid)$/i.test(k) && /\d{3,}|\w{12,}/.test(v));
  }
  // A dated path with something after the date: "/news/2026/3/7/o0nfijrdhy", "/2026/03/14/harbor/".
  const year = segments.findIndex((s) => /^(?:19|20)\d{2}$/.test(s));
  if (year >= 0 && /^\d{1,2}$/.test(segments[year + 1] ?? '') && segments.slice(year + 2).some((s) => /\p{L}/u.test(s))) return true;
  return segments.some((s, i) => {
    const words = s.split(/[-_]+/).filter((w) => /\p{L}/u.test(w));
    if (words.length >= 3) return true;
    if (/\d{5,}/.test(s)) return true;
    if (/^[a-z0-9_-]{20,}$/i.test(s) && /\d/.test(s) && /[a-z]/i.test(s)) return true;
    // Opaque ids: "b7a1c390", "ar-AA1K6mPq".
    const digits = s.match(/\d/g)?.length ?? 0;
    if (s.length >= 6 && /^[\p{L}\p{N}_-]+$/u.test(s) && /\p{L}/u.test(s)) {
      if (digits >= 3) return true;
      if (digits >= 1 && s.length >= 8 && /\p{Lu}/u.test(raw[i]) && /\p{Ll}/u.test(raw[i])) return true;
    }
    return false;
  }) || (/\.(?:s?html?|php|aspx?|cms)$/.test(last) && segments.length >= 2 && /\d|-/.test(last));
}

// A person's page: "/@ana", "/author/jane-doe", "/people/jdoe". Names linking there are people, not publishers.
const PROFILE_PATH = /^\/(?:@[^/]+|(?:author|authors|people|person|profile|profiles|staff|contributor|contributors|writer|writers|journalist|journalists|reporter|reporters|user|users|u)\/[^/]+)\/?$/i;

/** Whether a URL is a person's profile page. */
export function isProfileUrl(url: URL): boolean {
  return PROFILE_PATH.test(url.pathname);
}

/** The host of an address, lower-cased and without "www."; empty when it cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * A link to another site whose address ends in an opaque id ("https://www.valleyledger.com/hqpvxx66lb"):
 * publishers and link shorteners name stories so, and an aggregator's coverage list links to them.
 */
export function isOffsiteId(u: URL, pageHost: string): boolean {
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  // A shop's product ("/dp/B01GA2M8XE") or a social site's post is no story of another outlet.
  if (isProductUrl(u) || NON_ARTICLE_HOSTS.some((h) => hostMatches(host, h))) return false;
  if (!pageHost || host === pageHost || host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`)) return false;
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return /^[a-z0-9_-]{8,}$/i.test(last) && /\d/.test(last) && /[a-z]/i.test(last);
}
