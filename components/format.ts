// Display helpers for dates, ages and reading time, in the interface's locale (callers pass uiLang()),
// and the direction an article's parts are laid out in.
import type { Article, Story } from '../utils/types';
import { t, uiLang } from './i18n';

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // A date-only value (midnight UTC) would show a made-up time: show just the day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso) || /T00:00(:00(\.0+)?)?(Z|[+-]00:?00)$/.test(iso);
  return new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600], ['month', 30 * 24 * 3600], ['week', 7 * 24 * 3600],
  ['day', 24 * 3600], ['hour', 3600], ['minute', 60],
];

export function relativeAge(iso: string, now: number, locale?: string): string | null {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  const seconds = Math.round((t - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

// Within this many days a story's age reads relative ("3 hours ago", "yesterday"); older ones read as a date.
const RELATIVE_DAYS = 3;
const DAY_MS = 24 * 3600 * 1000;

function isDateOnly(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) || /T00:00(:00(\.0+)?)?(Z|[+-]00:?00)$/.test(iso);
}

/** A card's date in one style for the whole list, in the reader's locale: relative while recent, a date once older. */
export function storyDateLabel(iso: string, now: number, locale?: string): string | null {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  // A date without a time of day (midnight UTC) is a day, not an instant: count whole days in UTC.
  const dateOnly = isDateOnly(iso);
  const days = dateOnly ? Math.floor(now / DAY_MS) - Math.floor(t / DAY_MS) : (now - t) / DAY_MS;
  if (days > RELATIVE_DAYS || days < -1) {
    const sameYear = new Date(t).getUTCFullYear() === new Date(now).getUTCFullYear();
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    }).format(t);
  }
  if (dateOnly) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  return relativeAge(iso, now, locale);
}

/** The age in the list's one style when the card's date is known; otherwise the card's own wording. */
export function storyAge(story: Story, now: number, locale?: string): string | null {
  const label = story.publishedTime ? storyDateLabel(story.publishedTime, now, locale) : null;
  return label ?? story.timeText;
}

export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function textDir(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}

// Languages written right to left, for an article that names its language but not its direction.
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The article's own direction; else its language's; else none, so it takes the interface's. */
export function articleDir(article: Pick<Article, 'dir' | 'lang'>): 'ltr' | 'rtl' | 'auto' | undefined {
  const own = textDir(article.dir);
  if (own) return own;
  const lang = article.lang?.toLowerCase().split(/[-_]/)[0];
  return lang && RTL_LANGS.has(lang) ? 'rtl' : undefined;
}

/** "5 min read", "5 Min. Lesezeit", "وقت القراءة: 5 دقائق": the unit through Intl, the phrase from the catalogue. */
export function formatReadingTime(minutes: number, locale: string = uiLang()): string {
  // Some languages have no clear short unit (Arabic's is a single letter): their catalogue asks for the long one.
  const unitDisplay = t('ui_minuteStyle') === 'long' ? 'long' : 'short';
  const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
  return t('header_readingTime', unit);
}
