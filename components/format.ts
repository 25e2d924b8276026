// Display helpers for dates and ages, in the reader's own locale.
import type { Story } from '../utils/types';

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

/** The card's own wording wins ("2 hours ago"); a bare timestamp is turned into an age. */
export function storyAge(story: Story, now: number, locale?: string): string | null {
  if (story.timeText) return story.timeText;
  return story.publishedTime ? relativeAge(story.publishedTime, now, locale) : null;
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
