// @vitest-environment jsdom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FilterPanel } from '../../components/FilterPanel';
import { ArticleBody } from '../../components/ArticleBody';
import { RelatedStories } from '../../components/RelatedStories';
import { FILTER_PACKS } from '../../utils/filters/catalog';
import { DEFAULT_SETTINGS, setSelectorProbeDocument } from '../../utils/settings';
import { isPackEnabled, packChoice } from '../../utils/filters/pack-choice';
import type { Article, Settings } from '../../utils/types';
import { mount, unmount } from '../support/mount';

afterEach(unmount);

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

// As the extension pages do at start (entrypoints/*/main.tsx).
beforeAll(() => setSelectorProbeDocument(document));

describe('FilterPanel', () => {
  const removed = [{ filter: FILTER_PACKS[0].id, label: FILTER_PACKS[0].label, count: 3, samples: ['Download the app now'] }];

  it('has one switch per pack in the catalog, reflecting the settings', () => {
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: 'msn.com', removed, onChange: () => {} }));
    const switches = el.querySelectorAll('[role="switch"]');
    expect(switches).toHaveLength(FILTER_PACKS.length);
    FILTER_PACKS.forEach((p, i) => expect(switches[i].getAttribute('aria-checked')).toBe(String(p.defaultOn)));
    expect(el.textContent).toContain('3 removed');
  });

  it('switches a pack off everywhere, or on this site only', () => {
    const onChange = vi.fn<(s: Settings) => void>();
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: 'msn.com', removed, onChange }));
    const pack = FILTER_PACKS.find((p) => p.defaultOn)!;
    const sw = () => el.querySelector<HTMLButtonElement>(`[data-pack="${pack.id}"] [role="switch"]`)!;
    act(() => sw().click());
    const global = onChange.mock.calls[0][0];
    expect(isPackEnabled(global, pack.id, 'yahoo.com')).toBe(false);

    act(() => el.querySelectorAll<HTMLInputElement>('input[name="filter-scope"]')[1].click());
    act(() => sw().click());
    const site = onChange.mock.calls[1][0];
    expect(isPackEnabled(site, pack.id, 'msn.com')).toBe(false);
    expect(isPackEnabled(site, pack.id, 'yahoo.com')).toBe(true);
  });

  it('shows, per pack, the choice the pipeline applies: the site entry that decides it, or the global switch', () => {
    const [a, b] = FILTER_PACKS.filter((p) => p.defaultOn);
    // news.msn.com has an override for b only; msn.com (which it is under) one for a.
    const settings: Settings = { ...DEFAULT_SETTINGS, siteFilters: { 'news.msn.com': { [b.id]: false }, 'msn.com': { [a.id]: false } } };
    expect(packChoice(settings, a.id, 'news.msn.com')).toEqual({ on: false, site: 'msn.com' });
    expect(packChoice(settings, b.id, 'news.msn.com')).toEqual({ on: false, site: 'news.msn.com' });
    expect(packChoice(settings, b.id, 'msn.com')).toEqual({ on: true, site: null });
    const onChange = vi.fn<(s: Settings) => void>();
    const el = mount(h(FilterPanel, { settings, host: 'news.msn.com', removed: [], onChange }));
    const row = (id: string) => el.querySelector(`[data-pack="${id}"]`)!;
    expect(row(a.id).querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('false');
    // Switching it on again changes the entry that decides it, not the global switch nor another site.
    act(() => row(a.id).querySelector<HTMLButtonElement>('[role="switch"]')!.click());
    const next = onChange.mock.calls[0][0];
    expect(next.siteFilters['msn.com'][a.id]).toBe(true);
    expect(next.filters[a.id]).toBe(true);
    expect(next.siteFilters['news.msn.com']).toEqual({ [b.id]: false });
  });

  it('shows samples on demand', () => {
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: null, removed, onChange: () => {} }));
    expect(el.textContent).not.toContain('Download the app now');
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Show examples')!;
    act(() => button.click());
    expect(el.textContent).toContain('Download the app now');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the validation message and saves nothing for an invalid selector', () => {
    const onChange = vi.fn();
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: 'msn.com', removed: [], onChange }));
    const input = el.querySelector<HTMLInputElement>('.rule-form input[type="text"]')!;
    act(() => type(input, 'div[[['));
    act(() => el.querySelector<HTMLButtonElement>('.rule-form button[type="submit"]')!.click());
    expect(onChange).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/not a valid CSS selector/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a valid rule for this site only', () => {
    const onChange = vi.fn<(s: Settings) => void>();
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: 'msn.com', removed: [], onChange }));
    act(() => type(el.querySelector<HTMLInputElement>('.rule-form input[type="text"]')!, '.promo-box'));
    const scope = el.querySelectorAll<HTMLSelectElement>('.rule-form select')[1];
    act(() => {
      scope.value = 'site';
      scope.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => el.querySelector<HTMLButtonElement>('.rule-form button[type="submit"]')!.click());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0][0].customRules).toEqual([expect.objectContaining({ value: '.promo-box', host: 'msn.com', enabled: true })]);
  });

  it('refuses bad JSON on import with a clear error', () => {
    const onChange = vi.fn();
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: null, removed: [], onChange }));
    act(() => type(el.querySelector<HTMLTextAreaElement>('.rule-io textarea')!, '{"rules": [oops'));
    const importButton = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Import')!;
    act(() => importButton.click());
    expect(onChange).not.toHaveBeenCalled();
    expect(el.querySelector('.rule-io [role="alert"]')?.textContent).toMatch(/Not valid JSON/);
  });
});

describe('CustomRules limits and stored-rule notices', () => {
  it('shows the rule count, their size and where they are kept, and refuses a catastrophic pattern by name', () => {
    const onChange = vi.fn();
    const rules = Array.from({ length: 3 }, (_, i) => ({ id: `r${i}`, kind: 'selector' as const, value: `.promo-${i}`, host: null, enabled: true }));
    const el = mount(h(FilterPanel, { settings: { ...DEFAULT_SETTINGS, customRules: rules }, host: null, removed: [], onChange }));
    expect(el.querySelector('.rule-usage')?.textContent).toMatch(/^3 of 500 rules · \d+ bytes, synced to your other browsers \(up to 90\.0 KB\)\.$/);
    expect(el.querySelector<HTMLInputElement>('.rule-form input[type="text"]')!.maxLength).toBe(500);
    const kind = el.querySelector<HTMLSelectElement>('.rule-form select')!;
    act(() => {
      kind.value = 'phrase';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => type(el.querySelector<HTMLInputElement>('.rule-form input[type="text"]')!, '/(a|aa)+$/'));
    act(() => el.querySelector<HTMLButtonElement>('.rule-form button[type="submit"]')!.click());
    expect(onChange).not.toHaveBeenCalled();
    expect(el.querySelector('#rule-error')?.textContent).toMatch(/^The pattern \/\(a\|aa\)\+\$\/ is refused: /);
  });

  it('says when stored rules were reset because a synced part is missing', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { rules: { where: 'sync', chunks: 2, count: 4, digest: 'x' } }, rules0: '[' });
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: null, removed: [], onChange: () => {} }));
    await vi.waitFor(() => expect(el.querySelector('.rule-store-notice')?.textContent).toMatch(/^Your rules were reset: only 1 of the 2 synced parts arrived/));
  });
});

const article: Article = {
  title: 'T', byline: null, source: null, siteName: null, url: 'https://example.com/a', canonicalUrl: null,
  publishedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null, textContent: '', wordCount: 0, readingMinutes: 1,
  contentHtml:
    '<div><p id="x">Hello <a href="https://example.com/b">link</a></p><img src="https://example.com/i.jpg" onerror="alert(1)">' +
    '<script>alert(2)</script><article><p>Nested</p></article><a href="javascript:alert(3)">bad</a></div>',
};

describe('ArticleBody', () => {
  it('sanitizes again and renders exactly one <article>', () => {
    const el = mount(h(ArticleBody, { article, titleId: 't' }));
    expect(el.querySelectorAll('article')).toHaveLength(1);
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('[onerror]')).toBeNull();
    expect(el.querySelector('a[href^="javascript"]')).toBeNull();
    expect(el.querySelector('#x')).toBeNull();
    expect(el.textContent).toContain('Nested');
    expect(el.querySelector('a[href="https://example.com/b"]')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('RelatedStories', () => {
  it('opens stories in a new tab without opener or referrer, with source and age', () => {
    const onGroupBy = vi.fn();
    const related = {
      groups: [{ label: 'Ukraine talks', stories: [
        { title: 'Story one', url: 'https://e.com/1', source: 'Reuters', publishedTime: null, timeText: '2 hours ago', summary: null, image: null },
        { title: 'Story two', url: 'https://e.com/2', source: null, publishedTime: '2025-08-07T09:00:00Z', timeText: null, summary: null, image: null },
      ] }],
    };
    const el = mount(h(RelatedStories, { related, groupBy: 'topic', onGroupByChange: onGroupBy, now: Date.parse('2025-08-07T12:00:00Z') }));
    const links = el.querySelectorAll('a');
    expect(links).toHaveLength(2);
    links.forEach((a) => {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    });
    expect(el.textContent).toContain('Reuters');
    expect(el.textContent).toContain('2 hours ago');
    expect(el.textContent).toContain('e.com');
    expect(el.textContent).toMatch(/3 hours ago/);
    const select = el.querySelector('select')!;
    act(() => {
      select.value = 'source';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onGroupBy).toHaveBeenCalledWith('source');
  });

  it('shows a single group as the list itself, without repeating the heading as a group', () => {
    const story = (n: number) => ({ title: `Story ${n}`, url: `https://e.com/${n}`, source: null, publishedTime: null, timeText: null, summary: null, image: null });
    const one = mount(h(RelatedStories, { related: { groups: [{ label: 'Related stories', stories: [story(1), story(2), story(3)] }] }, groupBy: 'topic', onGroupByChange: vi.fn() }));
    expect(one.querySelectorAll('details')).toHaveLength(0);
    expect(one.querySelectorAll('li.story')).toHaveLength(3);
    expect(one.textContent!.match(/Related stories/g)).toHaveLength(1);
    const two = mount(h(RelatedStories, { related: { groups: [{ label: 'Ferry strike', stories: [story(1), story(2)] }, { label: 'Other stories', stories: [story(3)] }] }, groupBy: 'topic', onGroupByChange: vi.fn() }));
    expect([...two.querySelectorAll('summary .group-label')].map((e) => e.textContent)).toEqual(['Ferry strike', 'Other stories']);
  });

  it('shows every date of a list in one style, relative while recent and a date once older', () => {
    const now = Date.parse('2026-03-14T12:00:00Z');
    const stories = [
      { title: 'Hours', url: 'https://e.com/1', source: null, publishedTime: '2026-03-14T07:00:00Z', timeText: '5h', summary: null, image: null },
      { title: 'Words', url: 'https://e.com/2', source: null, publishedTime: '2026-03-14T10:00:00Z', timeText: '2 hours ago', summary: null, image: null },
      { title: 'Day only', url: 'https://e.com/3', source: null, publishedTime: '2026-03-13T00:00:00.000Z', timeText: '13-03-2026', summary: null, image: null },
      { title: 'Older', url: 'https://e.com/4', source: null, publishedTime: '2026-03-02T00:00:00.000Z', timeText: '02-03-2026', summary: null, image: null },
      { title: 'Last year', url: 'https://e.com/5', source: null, publishedTime: '2025-11-19T12:00:00Z', timeText: 'November 19, 2025', summary: null, image: null },
      { title: 'Undated', url: 'https://e.com/6', source: null, publishedTime: null, timeText: 'just in', summary: null, image: null },
    ];
    const el = mount(h(RelatedStories, { related: { groups: [{ label: 'Related stories', stories }] }, groupBy: 'topic', onGroupByChange: vi.fn(), now }));
    const ages = [...el.querySelectorAll('.story-age')].map((e) => e.textContent);
    const rel = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    const day = (iso: string, year: boolean) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(Date.parse(iso));
    expect(ages).toEqual([rel.format(-5, 'hour'), rel.format(-2, 'hour'), rel.format(-1, 'day'), day('2026-03-02T00:00:00Z', false), day('2025-11-19T12:00:00Z', true), 'just in']);
  });
});
