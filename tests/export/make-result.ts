import { DOMParser } from 'linkedom';
import type { Article, PageResult, RelatedGroup } from '../../utils/types.ts';
import type { ParseHtml } from '../../utils/export/types.ts';

/** linkedom's parser, as the CLI passes it. */
export const parse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

export const EXPORTED_AT = new Date('2025-03-04T05:06:07.000Z');

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Storm hits the coast',
    byline: 'Jane Doe',
    source: 'Coast Herald',
    siteName: 'Daily8',
    url: 'https://daily8.example/news/storm-hits-the-coast?utm_source=x',
    canonicalUrl: 'https://daily8.example/news/storm-hits-the-coast',
    publishedTime: '2025-03-03T18:30:00+01:00',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A storm hit the coast overnight.',
    leadImage: 'https://img.example/storm.jpg',
    contentHtml: '<p>A storm hit the coast overnight.</p>',
    textContent: 'A storm hit the coast overnight.',
    wordCount: 6,
    readingMinutes: 1,
    ...overrides,
  };
}

export function makeResult(article: Partial<Article> | null = {}, groups: RelatedGroup[] = []): PageResult {
  const full = article === null ? null : makeArticle(article);
  return {
    kind: full ? 'article' : groups.length ? 'listing' : 'none',
    title: full ? full.title : null,
    article: full,
    related: { groups },
    removed: [],
    timings: {},
  };
}

/** Shorthand for a result whose article body is `html`. */
export function withBody(html: string, overrides: Partial<Article> = {}): PageResult {
  return makeResult({ contentHtml: html, ...overrides });
}

export const RELATED: RelatedGroup[] = [
  {
    label: 'Weather',
    stories: [
      {
        title: 'Floods expected [update]',
        url: 'https://daily8.example/news/floods',
        source: 'Weather Desk',
        publishedTime: null,
        timeText: '2 hours ago',
        summary: null,
        image: null,
      },
      {
        title: 'Bad link',
        url: 'javascript:alert(1)',
        source: null,
        publishedTime: '2025-03-02T10:00:00Z',
        timeText: null,
        summary: null,
        image: null,
      },
    ],
  },
];
