import type { PageResult, RelatedGroup, Story } from '../types.ts';
import { ALL_STORIES } from '../related/group-stories.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { squash } from '../kit/text.ts';
import { shownLeadImage } from '../lead-image.ts';

/** What every format prints about the article, cleaned once: single-line strings, safe URLs. */
export interface ExportMeta {
  title: string;
  source: string | null;
  site: string | null;
  author: string | null;
  /** As the page gave it (ISO 8601). */
  published: string | null;
  url: string | null;
  readingMinutes: number | null;
  excerpt: string | null;
  leadImage: string | null;
  /** The lead image as the reader view shows it above the text: none when the article's body already holds it. */
  headerImage: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
}

export const UNTITLED = 'Untitled';

/** Collapses whitespace (newlines included) so a value can sit on one line of any format. */
export function oneLine(value: string | null | undefined): string | null {
  return squash(value) || null;
}

export function exportMeta(result: PageResult): ExportMeta {
  const a = result.article;
  const title = oneLine(a?.title) ?? oneLine(result.title) ?? UNTITLED;
  const url = a ? (safeHttpUrl(a.canonicalUrl, a.url) ?? safeHttpUrl(a.url, null)) : null;
  const dir = a?.dir === 'ltr' || a?.dir === 'rtl' || a?.dir === 'auto' ? a.dir : null;
  return {
    title,
    source: oneLine(a?.source),
    site: oneLine(a?.siteName),
    author: oneLine(a?.byline),
    published: oneLine(a?.publishedTime),
    url,
    readingMinutes: a && Number.isFinite(a.readingMinutes) && a.readingMinutes > 0 ? Math.round(a.readingMinutes) : null,
    excerpt: oneLine(a?.excerpt),
    leadImage: a ? safeHttpUrl(a.leadImage, a.url) : null,
    headerImage: a ? safeHttpUrl(shownLeadImage(a), a.url) : null,
    lang: a?.lang && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(a.lang) ? a.lang : null,
    dir,
  };
}

/** The calendar date as the publisher wrote it: an ISO date part is kept as-is, so no time zone can shift it. */
export function displayDate(published: string | null): string | null {
  if (!published) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  if (iso) return iso[1]!;
  const parsed = new Date(published);
  return Number.isNaN(parsed.getTime()) ? published : parsed.toISOString().slice(0, 10);
}

export function readingTimeText(minutes: number | null): string | null {
  return minutes === null ? null : `${minutes} min`;
}

/** "Source, 2 hours ago" under a related story; null when the card said neither. */
export function storyDetails(story: Story): string | null {
  const when = oneLine(story.timeText) ?? displayDate(oneLine(story.publishedTime));
  const parts = [oneLine(story.source), when].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

/** A group's heading under "Related stories"; none for the one group that gathers them all, which would only repeat it. */
export function groupHeading(result: PageResult, group: RelatedGroup): string | null {
  if (result.related.groups.length === 1 && group.label === ALL_STORIES) return null;
  return oneLine(group.label) ?? 'More stories';
}

/** Whether related stories go in: asked for explicitly, else only when there is no article to export. */
export function wantsRelated(result: PageResult, includeRelated: boolean | undefined): boolean {
  const asked = includeRelated ?? result.article === null;
  return asked && result.related.groups.some((g) => g.stories.length > 0);
}
