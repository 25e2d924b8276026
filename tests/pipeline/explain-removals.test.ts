// Each filter's count says how many of its blocks plain Readability leaves out too, and the result
// marks where in the article blocks went, or came back because their filter is off.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_MAX_ELEMENTS, extractPage, extractPageStaged } from '../../utils/extract-page';
import { TextCursor } from '../../utils/explain-removals';
import { extractFixture, loadFixture } from '../support/fixture-pages';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const PARAS = [
  'The ministry of education has announced the dates for the new school term, which begins on September 6 in every region of the country.',
  'Parents were advised to register their children before the end of August, and schools will open their offices two weeks earlier for questions.',
  'Teachers return a week earlier for training on the new curriculum, which puts more weight on reading and on practical science lessons.',
  'The ministry said transport passes would be issued at the schools, and that the bus timetables would be published on the first of September.',
];
// The app line sits inside the article, where Readability keeps it; the app box sits beside it, where Readability drops it.
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>School term dates announced</title></head><body>
  <main><article><h1>School term dates announced</h1>
    <p>${PARAS[0]}</p><p>${PARAS[1]}</p>
    <p>For the latest stories and breaking news updates download the Nation News apps for iOS and Android.</p>
    <p>${PARAS[2]}</p><p>${PARAS[3]}</p>
  </article></main>
  <div class="rail"><div class="app-promo"><h3>Get the Nation News app</h3>
    <a href="https://apps.apple.com/app/nation-news/id123">Download on the App Store</a>
    <a href="https://play.google.com/store/apps/details?id=news.nation">Get it on Google Play</a></div></div>
</body></html>`;
const URL_ = 'https://nation.example/news/school-term-dates';

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it('counts the app blocks, and of them the one plain Readability drops too', () => {
    const r = extractPage(parse(PAGE), URL_);
    const app = r.removed.find((x) => x.filter === 'app-download')!;
    expect(app.count).toBe(2);
    expect(app.readabilityDrops).toBe(1);
    // The figure agrees with plain Readability run here on the same page.
    const plain = new Readability(parse(PAGE)).parse()!.textContent ?? '';
    expect(plain).toContain('For the latest stories and breaking news updates');
    expect(plain).not.toContain('Get it on Google Play');
  });

  it('marks the in-article block after the paragraph before it, and the box beside the article at the end', () => {
    const r = extractPage(parse(PAGE), URL_);
    const marks = r.marks!;
    const line = marks.find((m) => m.blocks.some((b) => b.text.startsWith('For the latest stories')))!;
    expect(line.tag).toBe('p');
    expect(PARAS[1]).toContain(line.text);
    expect(line.blocks[0]).toMatchObject({ filter: 'app-download', state: 'removed', readabilityDrops: false });
    const box = marks.find((m) => m.blocks.some((b) => b.text.includes('Get it on Google Play')))!;
    expect(PARAS[3]).toContain(box.text);
    expect(box.blocks.find((b) => b.text.includes('Google Play'))).toMatchObject({ state: 'removed', readabilityDrops: true });
    // The anchor is found by its position among the article HTML's elements.
    const view = parse(`<!DOCTYPE html><html><body><article>${r.article!.contentHtml}</article></body></html>`);
    const elements = Array.from(view.querySelector('article')!.querySelectorAll('*'));
    expect(elements[line.after]!.textContent).toContain(PARAS[1]);
    expect(elements[box.after]!.textContent).toContain(PARAS[3]);
  });

  it('shows the blocks of a switched-off filter: in place where Readability kept them, with their HTML where it dropped them', () => {
    const r = extractPage(parse(PAGE), URL_, { filters: { 'app-download': false } });
    expect(r.removed.find((x) => x.filter === 'app-download')).toBeUndefined();
    const shown = r.marks!.flatMap((m) => m.blocks).filter((b) => b.state === 'shown');
    expect(shown.map((b) => b.filter)).toEqual(['app-download', 'app-download']);
    const [line, box] = shown;
    // The line is in the article's text: the mark only says why.
    expect(line!.html).toBeUndefined();
    expect(r.article!.textContent).toContain('For the latest stories');
    // The box is not (Readability dropped it): its sanitized HTML comes back to be shown at its place.
    expect(r.article!.textContent).not.toContain('Google Play');
    expect(box!.readabilityDrops).toBe(true);
    expect(box!.html).toContain('Get it on Google Play');
    expect(box!.html).toContain('href="https://play.google.com/store/apps/details?id=news.nation"');
    expect(box!.html).not.toMatch(/class=|<aside/);
  });
});

describe('on fixture pages', () => {
  it('tells, on the Daily8 page, that plain Readability drops every block the filters take out', () => {
    const r = extractFixture(loadFixture('daily8-article'));
    for (const x of r.removed) expect(x.readabilityDrops, x.filter).toBe(x.count);
    expect(r.marks!.flatMap((m) => m.blocks).filter((b) => b.state === 'removed').length).toBeGreaterThan(5);
  });

  it('tells, on the Yahoo page, that Readability keeps the "Read more" teaser lines inside the article', () => {
    const r = extractFixture(loadFixture('yahoo-article'));
    const teasers = r.removed.find((x) => x.filter === 'teasers')!;
    expect(teasers.readabilityDrops).toBeLessThan(teasers.count);
  });
});

describe('worked out after the result', () => {
  const parse = DOMS.linkedom;

  it('gives the result first, without marks or figures, and the same result with them when asked', () => {
    const { result, explain } = extractPageStaged(parse(PAGE), URL_);
    expect(result.kind).toBe('article');
    expect(result.marks).toEqual([]);
    expect(result.removed.find((x) => x.filter === 'app-download')!.readabilityDrops).toBeUndefined();
    const full = explain!();
    expect(full.removed.find((x) => x.filter === 'app-download')!.readabilityDrops).toBe(1);
    expect(full.marks!.length).toBeGreaterThan(0);
    expect(full.article).toBe(result.article);
    // The result already shown is not changed under the view.
    expect(result.removed.find((x) => x.filter === 'app-download')!.readabilityDrops).toBeUndefined();
    expect(full).toEqual({ ...extractPage(parse(PAGE), URL_), timings: full.timings });
  });

  it('on a page of more elements than it compares, marks the blocks but tells no Readability figure', () => {
    const filler = '<span>.</span>'.repeat(EXPLAIN_MAX_ELEMENTS);
    const r = extractPage(parse(PAGE.replace('<div class="rail">', `<div hidden>${filler}</div><div class="rail">`)), URL_);
    const app = r.removed.find((x) => x.filter === 'app-download')!;
    expect(app.count).toBe(2);
    expect(app.readabilityDrops).toBeUndefined();
    const blocks = r.marks!.flatMap((m) => m.blocks);
    expect(blocks.map((b) => b.state)).toEqual(['removed', 'removed']);
    expect(blocks.every((b) => b.readabilityDrops === false)).toBe(true);
  });
});

describe('TextCursor', () => {
  const cursor = (html: string) => new TextCursor(parseHTML(`<div>${html}</div>`).document.querySelector('div') as unknown as Element);

  it('finds runs in order, each after the last', () => {
    const c = cursor('<p>alpha beta</p><p>gamma delta</p>');
    expect(c.find('alpha beta')).toBe(true);
    expect(c.find('alpha beta')).toBe(false);
    expect(c.find('gamma')).toBe(true);
    expect(c.nodeBefore(c.at)!.nodeValue).toBe('gamma delta');
  });

  it('takes a short run only right where the reading is', () => {
    const c = cursor(`<p>${'word '.repeat(30)}Share this</p>`);
    expect(c.find('Share')).toBe(false);
    expect(c.at).toBe(0);
  });
});
