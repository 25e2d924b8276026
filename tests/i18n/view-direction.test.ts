// @vitest-environment jsdom
// The article's parts take its direction; interface words inside them keep the interface's (English here).
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';
import { RelatedStories } from '../../components/RelatedStories';
import { StoryItem } from '../../components/StoryItem';
import { OTHER_STORIES } from '../../utils/related/group-stories';
import type { Article, Story } from '../../utils/types';
import { mount, unmount } from '../support/mount';

afterEach(unmount);

const ARABIC: Article = {
  title: 'افتتاح أول محطة لتحلية مياه البحر', byline: 'سارة العمري', source: 'المرصد نت', siteName: 'تجميع',
  url: 'https://example.org/a', canonicalUrl: null, publishedTime: '2026-03-14T09:20:00.000Z', lang: 'ar', dir: null,
  excerpt: null, leadImage: null, contentHtml: '<p>نص</p>', textContent: 'نص', wordCount: 250, readingMinutes: 3,
};
const story = (title: string, extra: Partial<Story> = {}): Story => ({
  title, url: `https://example.org/${encodeURIComponent(title)}`, source: null, publishedTime: null, timeText: null, summary: null, image: null, ...extra,
});

describe('ArticleHeader of an Arabic article', () => {
  it('is right to left by the article’s language, with the interface words marked English and left to right', () => {
    const el = mount(h(ArticleHeader, { article: ARABIC, titleId: 't' }));
    const header = el.querySelector('header')!;
    expect([header.lang, header.dir]).toEqual(['ar', 'rtl']);
    for (const sel of ['.article-byline', '.article-via', 'time', '.article-reading-time']) {
      const part = el.querySelector<HTMLElement>(sel)!;
      expect([sel, part.lang, part.dir]).toEqual([sel, 'en', 'ltr']);
    }
    expect(el.querySelector('.article-reading-time')!.textContent).toBe('3 min read');
    expect(el.querySelector('.article-byline')!.textContent).toBe('By سارة العمري');
    expect(el.querySelector('.article-via')!.textContent).toBe('via تجميع');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(Date.parse(ARABIC.publishedTime!));
    expect(el.querySelector('time')!.textContent).toBe(when);
    expect(when).toMatch(/^March 1[345], 2026/);
  });
});

describe('RelatedStories', () => {
  it('names the pipeline’s groups in the interface language, with counts through Intl', () => {
    const related = { groups: [{ label: 'الأردن', stories: [story('أ'), story('ب')] }, { label: OTHER_STORIES, stories: [story('ج')] }] };
    const el = mount(h(RelatedStories, { related, groupBy: 'topic', onGroupByChange: () => {} }));
    expect(el.querySelector('h2')!.textContent).toBe('Related stories (3)');
    expect(el.querySelector('h2')!.dir).toBe('ltr');
    expect([...el.querySelectorAll('.group-label')].map((g) => g.textContent)).toEqual(['الأردن', 'Other stories']);
    expect([...el.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Topic', 'Source', 'Time']);
  });
});

describe('StoryItem', () => {
  it('marks an age Intl wrote as the interface’s, and leaves the card’s own wording to the page', () => {
    const now = Date.parse('2026-03-14T12:00:00Z');
    const dated = mount(h(StoryItem, { story: story('أ', { publishedTime: '2026-03-14T09:00:00Z' }), now }));
    const age = dated.querySelector<HTMLElement>('.story-age')!;
    expect([age.textContent, age.lang, age.dir]).toEqual(['3 hours ago', 'en', 'ltr']);
    unmount();
    const worded = mount(h(StoryItem, { story: story('ب', { timeText: 'منذ ساعتين' }), now }));
    const own = worded.querySelector<HTMLElement>('.story-age')!;
    expect([own.textContent, own.lang, own.dir]).toEqual(['منذ ساعتين', '', '']);
  });
});
