// findStoryLists on small hand-made pages, under both DOM implementations the pipeline runs on.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageContextOf } from '../../utils/page-context';
import { findStoryLists, type StoryList } from '../../utils/related/find-story-lists';

const NOW = Date.parse('2025-08-07T12:00:00Z');
const BASE = 'https://www.daily8.com/en/news/world/syria-russia-unity-4412';

const DOMS: Record<string, (html: string) => Document> = {
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  jsdom: (html) => new JSDOM(html, { url: BASE }).window.document,
};

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

const ARTICLE = `
  <div class="x9f2 _a1">
    <h1 class="t0p">Syria counting on Russian support in push for domestic unity</h1>
    <div class="_m3">Russia Today<span>7 days ago</span></div>
    <div class="bd-7f">
      <p>Syria is seeking Russia's support, the foreign minister said during a visit to Moscow, as
        <a href="/en/news/world/lavrov-meets-shaibani-8812">Lavrov met his Syrian counterpart in Moscow</a> on Thursday.</p>
      <p>The situation has remained volatile since the ouster of the former president, and officials
        <a href="/en/news/world/assad-asylum-moscow-8813">said the family received asylum in Moscow last year</a> after the fall.</p>
      <p>Moscow has condemned the strikes and urged regional powers to respect the country's
        <a href="/en/news/world/golan-buffer-zone-8814">territorial integrity in the buffer zone near the Golan</a>, officials said.</p>
    </div>
  </div>`;

// Class soup cards: every title twice (image alt + overlay, then heading), source and age glued to a label.
const card = (id: string, title: string, source: string, age: string, extra = '') => `
  <div class="sc-aXZVg css-1x2y3z">
    <a href="/en/news/world/${id}?utm_source=related&amp;ocid=msedgntp&amp;fbclid=abc" class="_3kf9a">
      <img alt="${title}" data-src="/img/${id}.jpg" src="data:image/gif;base64,R0lGOD">
      <span class="css-ov1">${title}</span>
    </a>
    <div class="css-q8"><span class="_s1">${source}</span><span class="_t2">time${age}</span></div>
    <ul class="_l0"><li>• ${source}</li></ul>
    <h3 class="sc-h3x"><a href="/en/news/world/${id}">${title}</a></h3>
    <p class="sc-p9">${title.split(' ').reverse().join(' ')} — a longer blurb about the story that runs well past forty characters.</p>
    ${extra}
  </div>`;

const RELATED = `
  <div class="css-rel0">
    <h2 class="css-h2a">Related Articles</h2>
    <div class="css-grid9">
      ${card('trump-putin-witkoff-talks-9001', "Trump comments on 'very good' Putin-Witkoff talks", 'Russia Today', '2 hours ago')}
      ${card('kiev-rejecting-pows-9002', 'Moscow negotiator confirms Kiev rejecting 1,000 POWs', 'Russia Today', '4 hours ago')}
      <div class="sc-aXZVg css-1x2y3z">
        <a href="https://trc.taboola.com/daily8/log/3/click?url=https%3A%2F%2Fexample.com" class="_3kf9a">
          <img alt="" src="https://cdn.taboola.com/ad1.jpg">
          <span class="css-ov1">Doctors stunned by this simple bedtime trick for sleep</span>
        </a>
        <div class="css-q8"><span class="_s1">SleepWell Daily</span><span class="_t2">Sponsored</span></div>
      </div>
      ${card('trump-meet-putin-next-week-9003', 'Trump intends to meet Putin next week', 'Reuters', '5 hours ago')}
      ${card('syria-russia-unity-4412', 'Syria counting on Russian support in push for unity', 'Russia Today', '7 days ago')}
    </div>
  </div>`;

const NAV = `
  <nav class="hd-3"><ul>
    <li><a href="/en/news/world">World</a></li><li><a href="/en/news/politics">Politics</a></li>
    <li><a href="/en/news/business-and-economy">Business</a></li><li><a href="/en/news/tech">Tech</a></li>
  </ul></nav>
  <div class="menu-x"><ul>
    <li><a href="/en/news/world/sports-live-scores-2025">Live scores</a></li>
    <li><a href="/en/news/world/weather-today-forecast">Weather</a></li>
    <li><a href="/en/news/world/markets-now-tickers-2025">Markets</a></li>
  </ul></div>`;

const TRENDING = `
  <aside class="_tr4"><div class="_tr5">Trending in Boise</div>
    <ol class="_tr6">
      <li><a href="/boise-id/4012345600000-ada-county-fair-record">Ada County fair reports record attendance on opening weekend</a><span>5h</span></li>
      <li><a href="/boise-id/4012345600001-boise-school-bell-times">Boise School District sets new bell times for the fall</a><span>8h</span></li>
      <li><a href="/en/news/world/trump-putin-witkoff-talks-9001?ref=trending">Trump comments on 'very good' Putin-Witkoff talks</a><span>2h</span></li>
    </ol>
  </aside>`;

describe.each(Object.keys(DOMS))('findStoryLists under %s', (domName) => {
  const parse = DOMS[domName];
  const run = (body: string, excludeUrl?: string): StoryList[] => {
    const doc = parse(page(body));
    return findStoryLists(doc.body, pageContextOf(BASE, { lang: 'en', now: NOW }), { excludeUrl });
  };

  it('finds a card list with its heading, clean titles, sources, ages, images and summaries', () => {
    const lists = run(ARTICLE + RELATED, BASE);
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list.heading).toBe('Related Articles');
    expect(list.stories.map((s) => s.title)).toEqual([
      "Trump comments on 'very good' Putin-Witkoff talks",
      'Moscow negotiator confirms Kiev rejecting 1,000 POWs',
      'Trump intends to meet Putin next week',
    ]);
    const first = list.stories[0];
    expect(first.url).toBe('https://www.daily8.com/en/news/world/trump-putin-witkoff-talks-9001');
    expect(first.source).toBe('Russia Today');
    expect(first.timeText).toBe('2 hours ago');
    expect(first.publishedTime).toBe('2025-08-07T10:00:00.000Z');
    expect(first.image).toBe('https://www.daily8.com/img/trump-putin-witkoff-talks-9001.jpg');
    expect(first.summary).toMatch(/^talks Putin-Witkoff .* a longer blurb/);
    expect(list.stories[2].source).toBe('Reuters');
  });

  it("reads a card's section name ('Cronaca', 'Politics') as no source", () => {
    const card = (slug: string, section: string, title: string) =>
      `<div class="k1"><a class="k2" href="/en/news/${slug}"><img src="/img/${slug}.jpg" alt=""><span class="k3">${section}</span><h3 class="k4">${title}</h3><span class="k5">2 ore fa</span></a></div>`;
    const [list] = run(`<section><h2>Potrebbe interessarti anche</h2><div class="g">${card('galleria-stalingrado-1829102', 'Cronaca', 'Bologna, chiude per lavori la galleria di via Stalingrado')}${card('tramvia-ugo-bassi-1828874', 'Economia', 'Tramvia di Bologna, i commercianti chiedono ristori')}${card('council-budget-vote-1828801', 'Politics', 'Council delays its vote on the parking budget again')}</div></section>`);
    expect(list!.stories.map((s) => s.source)).toEqual([null, null, null]);
  });

  it('puts the sponsored card aside and drops the article itself', () => {
    const [list] = run(ARTICLE + RELATED, BASE);
    expect(list.sponsored).toHaveLength(1);
    expect(list.sponsored[0].textContent).toContain('Doctors stunned');
    expect(list.stories.some((s) => /Doctors stunned/.test(s.title))).toBe(false);
    expect(list.stories.some((s) => s.url.includes('syria-russia-unity-4412'))).toBe(false);
    // Without excludeUrl the article's own card is a story like the others.
    const [all] = run(ARTICLE + RELATED);
    expect(all.stories).toHaveLength(4);
  });

  it('takes the heading wrapper with the list, so the label goes when the list goes', () => {
    const [list] = run(ARTICLE + RELATED, BASE);
    expect(list.container.getAttribute('class')).toBe('css-rel0');
  });

  it('reads the picture of an AMP card (<amp-img>), as the page has it', () => {
    const amp = (slug: string, title: string) =>
      `<div class="card"><a href="/en/news/world/${slug}"><amp-img src="/img/${slug}.jpg" width="300" height="200" layout="responsive"></amp-img><h3>${title}</h3></a></div>`;
    const [list] = run(`<section><h2>More stories</h2>${amp('tram-branch-fast-tracked-7781', 'Bradford leaders demand tram branch is fast-tracked')}${amp('tram-line-commute-7782', 'What the new tram line means for your commute')}</section>`);
    expect(list.stories.map((s) => s.image)).toEqual(['https://www.daily8.com/img/tram-branch-fast-tracked-7781.jpg', 'https://www.daily8.com/img/tram-line-commute-7782.jpg']);
  });

  it('takes headlines with digits in their words, not rows of codes', () => {
    const row = (slug: string, title: string) => `<li class="row"><a href="/en/news/tech/${slug}"><img src="/i/${slug}.jpg" alt=""><span>${title}</span></a></li>`;
    const [list] = run(`<ul>${row('password-ios8-extension-5512', '1Password verbessert iOS-8-Erweiterung für Safari')}${row('covid-19-vaccine-trial-5513', 'COVID-19 vaccine trial enters its final phase')}${row('ine528g01027-yesbank-532648', 'INE528G01027, YESBANK, 532648')}</ul>`);
    expect(list.stories.map((s) => s.title)).toEqual(['1Password verbessert iOS-8-Erweiterung für Safari', 'COVID-19 vaccine trial enters its final phase']);
  });

  it('does not take linked sentences of an article body as stories', () => {
    expect(run(ARTICLE)).toEqual([]);
  });

  it('reads no block of more than a thousand elements as a card (a hostile page nests thousands in one)', () => {
    const huge = '<i></i>'.repeat(1_200);
    const body = `<div class="css-grid9">
      ${card('first-9101', 'Harbour dredging to start in October after delay', 'Reuters', '2 hours ago')}
      ${card('second-9102', 'Portland ferry timetable cut as operator blames staff', 'Reuters', '3 hours ago')}
      ${card('third-9103', 'City council approves the new bridge toll plan', 'Reuters', '4 hours ago', huge)}
    </div>`;
    const titles = run(ARTICLE + body).flatMap((l) => l.stories.map((s) => s.title));
    expect(titles).toEqual(['Harbour dredging to start in October after delay', 'Portland ferry timetable cut as operator blames staff']);
  });

  it('does not take a menu of short links as stories', () => {
    expect(run(NAV + ARTICLE)).toEqual([]);
  });

  it('de-duplicates across lists by URL, ignoring tracking parameters', () => {
    const lists = run(ARTICLE + RELATED + TRENDING, BASE);
    expect(lists.map((l) => l.heading)).toEqual(['Related Articles', 'Trending in Boise']);
    const titles = lists.flatMap((l) => l.stories.map((s) => s.title));
    expect(titles.filter((t) => t.startsWith('Trump comments'))).toHaveLength(1);
    expect(lists[1].stories.map((s) => s.timeText)).toEqual(['5h', '8h']);
    for (const s of lists.flatMap((l) => l.stories)) expect(s.url).not.toMatch(/utm_|ocid|fbclid|ref=/);
  });

  it('de-duplicates by title when the same story has two URLs', () => {
    const body = `<ul class="a">
      <li><a href="/news/one-story-about-the-harbour-1001">Harbour dredging to start in October after delay</a></li>
      <li><a href="/news/other-story-about-the-ferries-1002">Portland ferry timetable cut as operator blames staff</a></li>
      <li><a href="/amp/news/one-story-about-the-harbour-1001">Harbour dredging to start in October after delay</a></li>
    </ul>`;
    const [list] = run(body);
    expect(list.stories.map((s) => s.title)).toEqual([
      'Harbour dredging to start in October after delay',
      'Portland ferry timetable cut as operator blames staff',
    ]);
  });

  it('reads a list of cards whose text is all inside the link', () => {
    const body = `<section class="_rv" aria-label="More for You"><div class="_g">
      ${['Grid operators warn of bottlenecks as data centres multiply', 'Brussels unveils grid action plan for power links']
        .map((t, i) => `<cs-card class="_c"><a href="/en-us/news/world/ar-AA1K6mP${i}" aria-label="${t}">
          <div><img data-src="https://img.example.net/${i}.jpg" src="data:image/gif;base64,R0"></div>
          <div><div><img class="provider-logo" width="16" height="16" src="https://img.example.net/logo${i}.png" alt="">
            <span>${i ? 'Euronews' : 'Bloomberg'}</span><span>·</span><span>${i ? '1d' : '4h'}</span></div>
          <h3>${t}</h3></div></a></cs-card>`).join('')}
    </div></section>`;
    const [list] = run(body);
    expect(list.heading).toBe('More for You');
    expect(list.stories.map((s) => [s.title, s.source, s.timeText, s.image])).toEqual([
      ['Grid operators warn of bottlenecks as data centres multiply', 'Bloomberg', '4h', 'https://img.example.net/0.jpg'],
      ['Brussels unveils grid action plan for power links', 'Euronews', '1d', 'https://img.example.net/1.jpg'],
    ]);
  });

  it('finds a labelled single teaser and marks it as one', () => {
    const body = `<div class="body"><p>Some long paragraph of article prose that goes on for a while about the lake.</p>
      <aside class="la"><span>Lire aussi</span><a href="/haute-savoie/annecy/2025/04/14/la-frequentation-du-lac-bat-un-record">Annecy : la fréquentation du lac bat un nouveau record</a></aside>
      <p>Another paragraph of prose about the new rules for boats on the lake this summer.</p></div>`;
    const lists = run(body);
    expect(lists).toHaveLength(1);
    expect(lists[0].teaser).toBe(true);
    expect(lists[0].heading).toBe('Lire aussi');
    expect(lists[0].stories.map((s) => [s.title, s.source])).toEqual([['Annecy : la fréquentation du lac bat un nouveau record', null]]);
  });

  it('reports an ad-only widget with no stories', () => {
    const body = `<div class="w"><div class="h">Promoted Stories</div><div class="items">
      ${[1, 2, 3].map((i) => `<div class="it"><a href="https://paid.outbrain.com/network/redir?p=${i}" rel="nofollow sponsored">
        <img src="https://images.outbrainimg.com/${i}.jpg"><span>Retirees can insulate their lofts for almost nothing ${i}</span>
        <span>Acme Homes</span></a></div>`).join('')}
    </div></div>`;
    const lists = run(body);
    expect(lists).toHaveLength(1);
    expect(lists[0].stories).toEqual([]);
    expect(lists[0].sponsored).toHaveLength(3);
  });

  it('merges the rows of a grid into one list', () => {
    const row = (a: number) => `<div class="row">${[a, a + 1].map((i) => `<div class="c"><a href="/news/story-number-${i}-about-things"><h4>Story number ${i} about several local things</h4></a></div>`).join('')}</div>`;
    const lists = run(`<h2>Latest</h2><div class="grid">${row(1)}${row(3)}${row(5)}</div>`);
    expect(lists).toHaveLength(1);
    expect(lists[0].heading).toBe('Latest');
    expect(lists[0].stories).toHaveLength(6);
  });

  it('takes no share, rating or count beside a card for its source', () => {
    const titles = ['Drought emergency declared in three valley counties', 'Almond growers pull out orchards as prices slump'];
    const body = `<section><h2>Similar News Coverage</h2><div class="grid">${titles.map((t, i) => `<a href="/article/${t.toLowerCase().replace(/ /g, '-')}_${i}x">
      <img src="/i/${i}.jpg" alt=""><h4>${t}</h4><div><span>Valley Report ${i}</span><span>·</span><span>${9 + i} sources</span></div>
      <div class="bias"><div style="width:38%">L 38%</div><div style="width:45%">C 45%</div><div style="width:17%">R 17%</div></div><span>2 days ago</span></a>`).join('')}</div></section>`;
    const [list] = run(body);
    expect(list.stories.map((s) => [s.title, s.source])).toEqual(titles.map((t, i) => [t, `Valley Report ${i}`]));
  });

  it('keeps sections that each carry their own heading as lists of their own', () => {
    const section = (h: string, n: number) => `<section class="sec"><div class="head"><h2>${h}</h2><a href="/feed/${h.toLowerCase()}">See all</a></div>${[0, 1].map((i) => `<div class="card"><a href="/news/${h.toLowerCase()}-story-number-${n + i}-about-things">${h} story number ${n + i} about several local things</a></div>`).join('')}</section>`;
    const lists = run(`<main>${section('Crime', 1)}${section('Business', 3)}</main>`);
    expect(lists.map((l) => [l.heading, l.stories.length])).toEqual([['Crime', 2], ['Business', 2]]);
  });

  it('leaves the DOM untouched', () => {
    const doc = parse(page(ARTICLE + RELATED + TRENDING));
    const before = doc.documentElement.outerHTML;
    findStoryLists(doc.body, pageContextOf(BASE, { now: NOW }), { excludeUrl: BASE });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // jsdom takes seconds over 4,000 elements on a busy machine: a generous timeout, since speed is not checked here.
  it('finds every card of a large page', { timeout: 30_000 }, () => {
    // How fast this runs is the benchmark's business (npm run bench), not a test's.
    const cards = Array.from({ length: 300 }, (_, i) => card(`story-${i}-about-something-${i}`, `Story number ${i} about something that happened`, 'Reuters', `${(i % 20) + 1}h`)).join('');
    const prose = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} with <b>bold</b> and <a href="/x/${i}">a link</a> in it.</p>`).join('');
    const doc = parse(page(`<div>${prose}</div><div class="feed">${cards}</div>`));
    expect(doc.body.querySelectorAll('*').length).toBeGreaterThan(4000);
    const lists = findStoryLists(doc.body, pageContextOf(BASE, { now: NOW }));
    expect(lists).toHaveLength(1);
    expect(lists[0].container.getAttribute('class')).toBe('feed');
    expect(lists[0].stories).toHaveLength(300);
    expect(new Set(lists[0].stories.map((s) => s.url)).size).toBe(300);
  });

  // One case per phase of the search, each with the page that passes it beside the page that does not.
  describe('phase by phase', () => {
    const item = (slug: string, title: string) => `<li><a href="/news/${slug}">${title}</a></li>`;
    const ITEMS = item('harbour-dredging-to-start-1001', 'Harbour dredging to start in October after delay') +
      item('ferry-timetable-cut-1002', 'Portland ferry timetable cut as operator blames staff') +
      item('bridge-repairs-finish-early-1003', 'Bridge repairs finish two weeks early, council says');

    it('skips navigation: links in a menu are never stories, however story-like', () => {
      expect(run(`<div role="navigation"><ul>${ITEMS}</ul></div>`)).toEqual([]);
      expect(run(`<nav><ul>${ITEMS}</ul></nav>`)).toEqual([]);
      expect(run(`<div><ul>${ITEMS}</ul></div>`)).toHaveLength(1);
    });

    it('takes story links by target: an article-like address with a headline or a picture', () => {
      const short = (slug: string) => `<li><a href="/news/${slug}">Read more</a></li>`;
      expect(run(`<ul>${short('harbour-dredging-to-start-1001')}${short('ferry-timetable-cut-1002')}</ul>`)).toEqual([]);
      const section = (path: string, title: string) => `<li><a href="/${path}">${title}</a></li>`;
      expect(run(`<ul>${section('tag/harbour', 'Everything about the harbour and its dredging works')}${section('tag/ferries', 'Everything about the ferries and their timetables')}</ul>`)).toEqual([]);
      // A picture link shapes the card as a headline link does; the headline may stand outside it.
      const pictured = (slug: string, title: string) => `<li><a href="/news/${slug}"><img src="/i/${slug}.jpg" alt=""></a><h3>${title}</h3></li>`;
      const [list] = run(`<ul>${pictured('harbour-dredging-to-start-1001', 'Harbour dredging to start in October after delay')}${pictured('ferry-timetable-cut-1002', 'Portland ferry timetable cut as operator blames staff')}</ul>`);
      expect(list.stories.map((s) => s.url)).toEqual(['https://www.daily8.com/news/harbour-dredging-to-start-1001', 'https://www.daily8.com/news/ferry-timetable-cut-1002']);
    });

    it('owns cards: the highest element holding one story is its card, whatever links it holds', () => {
      const c = (slug: string, title: string) => `<div class="card"><a href="/news/${slug}"><img src="/i/${slug}.jpg" alt=""></a>
        <h3><a href="/news/${slug}">${title}</a></h3><a href="/news/${slug}?ref=more">Read more</a></div>`;
      const lists = run(`<div class="feed">${c('harbour-dredging-to-start-1001', 'Harbour dredging to start in October after delay')}${c('ferry-timetable-cut-1002', 'Portland ferry timetable cut as operator blames staff')}</div>`);
      expect(lists).toHaveLength(1);
      expect(lists[0].container.getAttribute('class')).toBe('feed');
      expect(lists[0].stories.map((s) => [s.title, s.image])).toEqual([
        ['Harbour dredging to start in October after delay', 'https://www.daily8.com/i/harbour-dredging-to-start-1001.jpg'],
        ['Portland ferry timetable cut as operator blames staff', 'https://www.daily8.com/i/ferry-timetable-cut-1002.jpg'],
      ]);
    });

    it('qualifies lists by repeated shape: two readable cards of one tag', () => {
      const a = (slug: string, title: string) => `<a href="/news/${slug}">${title}</a>`;
      const first = a('harbour-dredging-to-start-1001', 'Harbour dredging to start in October after delay');
      const second = a('ferry-timetable-cut-1002', 'Portland ferry timetable cut as operator blames staff');
      expect(run(`<section><article>${first}</article><div>${second}</div></section>`)).toEqual([]);
      expect(run(`<section><article>${first}</article><article>${second}</article></section>`)).toHaveLength(1);
    });

    it('qualifies lists by little other text: a section with a body of prose is no list', () => {
      const prose = (n: number) => `<p>${'The council met on Tuesday to discuss the harbour. '.repeat(n)}</p>`;
      expect(run(`<div class="box">${prose(10)}${ITEMS}</div>`)).toEqual([]);
      expect(run(`<div class="box">${prose(1)}${ITEMS}</div>`)).toHaveLength(1);
    });

    it('merges grid rows only when no label stands between them', () => {
      const row = (a: number) => `<div class="row">${[a, a + 1].map((i) => `<div class="c"><a href="/news/story-number-${i}-about-things"><h4>Story number ${i} about several local things</h4></a></div>`).join('')}</div>`;
      const lists = run(`<h2>Latest</h2><div class="grid">${row(1)}<h3>Opinion</h3>${row(3)}</div>`);
      expect(lists.map((l) => [l.heading, l.stories.length])).toEqual([['Latest', 2], ['Opinion', 2]]);
    });

    it('finds single teasers only where a "Read more"-like label stands by the link', () => {
      const link = '<a href="/news/harbour-dredging-to-start-1001">Harbour dredging to start in October after delay</a>';
      const prose = '<p>Some long paragraph of article prose that goes on for a while about the harbour.</p>';
      expect(run(`<div class="body">${prose}<aside>${link}</aside>${prose}</div>`)).toEqual([]);
      const [teaser] = run(`<div class="body">${prose}<aside><span>Read more:</span> ${link}</aside>${prose}</div>`);
      expect([teaser.teaser, teaser.heading, teaser.stories.length]).toEqual([true, 'Read more', 1]);
    });

    it('assembles each list with its label, and takes the wrapper only when it holds little else', () => {
      const bare = run(`<div class="wrap"><h2>More news</h2><ul>${ITEMS}</ul></div>`);
      expect(bare.map((l) => [l.heading, l.container.getAttribute('class')])).toEqual([['More news', 'wrap']]);
      const busy = run(`<div class="wrap"><h2>More news</h2><ul class="items">${ITEMS}</ul><div>${'Subscribe to our newsletter for the week in review. '.repeat(4)}</div></div>`);
      expect(busy.map((l) => [l.heading, l.container.getAttribute('class')])).toEqual([['More news', 'items']]);
    });
  });
});
