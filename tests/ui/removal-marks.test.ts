// @vitest-environment jsdom
// The filter panel's figures against plain Readability, and the marks the article view puts in place.
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../components/FilterPanel';
import { ArticleView } from '../../components/ArticleView';
import { setShowRemoved } from '../../components/show-removed';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { extractPage } from '../../utils/extract-page';
import type { Removal } from '../../utils/types';
import { mount, unmount } from '../support/mount';

afterEach(() => {
  act(() => setShowRemoved(false));
  unmount();
});

const removal = (filter: string, count: number, readabilityDrops: number): Removal => ({ filter, label: filter, count, samples: ['x'], readabilityDrops });

describe('FilterPanel figures', () => {
  it('says per row how many of its blocks plain Readability drops too, and sums them up', () => {
    const removed = [removal('ads', 3, 2), removal('social', 1, 1), removal('teasers', 2, 0)];
    const el = mount(h(FilterPanel, { settings: DEFAULT_SETTINGS, host: null, removed, onChange: () => {} }));
    const effect = (id: string) => el.querySelector(`[data-pack="${id}"] .pack-effect`)?.textContent;
    expect(effect('ads')).toBe('Plain Readability drops 2 of these 3 too; 1 would stay in its text.');
    expect(effect('social')).toBe('Plain Readability drops it too.');
    expect(effect('teasers')).toBe('Plain Readability would keep all 2 in the text.');
    expect(el.querySelector('.removed-summary p')!.textContent).toBe('Plain Readability would drop 3 of these 6 anyway; 3 would stay in its text.');
  });
});

const PARAS = [
  'The ministry of education has announced the dates for the new school term, which begins on September 6 in every region of the country.',
  'Parents were advised to register their children before the end of August, and schools will open their offices two weeks earlier for questions.',
  'Teachers return a week earlier for training on the new curriculum, which puts more weight on reading and on practical science lessons.',
  'The ministry said transport passes would be issued at the schools, and that the bus timetables would be published on the first of September.',
];
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>School term dates announced</title></head><body>
  <main><article><h1>School term dates announced</h1><p>${PARAS[0]}</p><p>${PARAS[1]}</p>
    <p>For the latest stories and breaking news updates download the Nation News apps for iOS and Android.</p>
    <p>${PARAS[2]}</p><p>${PARAS[3]}</p></article></main>
  <div class="rail"><div class="app-promo"><h3>Get the Nation News app</h3>
    <a href="https://apps.apple.com/app/nation-news/id123" onclick="alert(1)">Download on the App Store</a>
    <a href="https://play.google.com/store/apps/details?id=news.nation">Get it on Google Play</a></div></div>
</body></html>`;
const read = (settings = {}) => extractPage(new DOMParser().parseFromString(PAGE, 'text/html'), 'https://nation.example/news/school', settings);
const view = (settings = {}) => mount(h(ArticleView, { result: read(settings), groupBy: 'topic', onGroupByChange: () => {} }));
const after = (el: Element) => el.closest('.removal-mark')!.previousElementSibling?.textContent ?? '(start)';

describe('marks in the article', () => {
  it('marks where blocks went only when asked, each after the paragraph it followed on the page', () => {
    const el = view();
    expect(el.querySelectorAll('.removed-here')).toHaveLength(0);
    act(() => setShowRemoved(true));
    const marks = Array.from(el.querySelectorAll('article .removed-here'));
    expect(marks.map((m) => [after(m), m.querySelector('.removed-text')!.textContent])).toEqual([
      [PARAS[1], expect.stringContaining('For the latest stories')],
      [PARAS[3], expect.stringContaining('Get it on Google Play')],
    ]);
    expect(marks[1]!.textContent).toContain('plain Readability drops it too');
    expect(marks[0]!.textContent).not.toContain('plain Readability drops it too');
    act(() => setShowRemoved(false));
    expect(el.querySelectorAll('.removal-mark')).toHaveLength(0);
  });

  it('shows a switched-off filter\'s block that Readability dropped at its place, sanitized and marked', () => {
    const el = view({ filters: { 'app-download': false } });
    const block = el.querySelector('article .shown-block')!;
    expect(block.getAttribute('aria-label')).toBe('Shown because “App-download pushes” is off');
    expect(after(block)).toBe(PARAS[3]);
    expect(block.querySelector('a[href^="https://play.google.com/"]')!.textContent).toBe('Get it on Google Play');
    expect(block.innerHTML).not.toMatch(/onclick|class="rail"/);
    // The line Readability kept is in the text already: a note says why it is there.
    const note = Array.from(el.querySelectorAll('article .removal-mark > .shown-note'));
    expect(note.map(after)).toEqual([PARAS[1]]);
  });
});
