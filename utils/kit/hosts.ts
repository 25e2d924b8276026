// Host names: read from URLs, tidied, and matched against rule hosts and host lists.

import { compactKey } from './text';

/** Lower-case host without "www." and a trailing dot; null for anything that is not a host name. */
export function normalizeHost(host: string | null | undefined): string | null {
  if (typeof host !== 'string') return null;
  const h = host.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(h) && h.includes('.') ? h : null;
}

/** The normalized host of a URL, or null when the URL does not parse or has no host name. */
export function hostOf(url: string): string | null {
  try {
    return normalizeHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

/** True when `host` is `ruleHost` or one of its subdomains. */
export function hostMatches(host: string | null, ruleHost: string): boolean {
  if (!host) return false;
  return host === ruleHost || host.endsWith('.' + ruleHost);
}

/** The aggregator's own name from its host: "www.msn.com" → "msn", "news.bbc.co.uk" → "bbc". */
export function siteKeyOf(baseUrl: string): string {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return '';
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const n = labels.length;
  const secondLevelSuffix = n >= 3 && labels[n - 1].length === 2 && labels[n - 2].length <= 3;
  return compactKey(secondLevelSuffix ? labels[n - 3] : labels[n - 2]);
}
