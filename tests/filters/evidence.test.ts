// Removal only with evidence: text inside the article is taken out only on strong evidence, and a
// page is called a listing or "no article" only when its address agrees. Each case pairs the content
// that must stay with the clutter (or the listing) that must still go, so no rule passes by doing nothing.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { isArticleLikeUrl, isProductUrl } from '../../utils/related/story-url';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const textOf = (html: string, url: string, head = '') => {
  const r = extractPage(parse(`<html><head>${head}</head><body>${html}</body></html>`), url);
  return { r, text: r.article?.textContent ?? '' };
};

const PROSE = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the report: the council said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel, and that tolls would stay where they are.</p>`,
).join('');

const SIDEBAR = `<aside><h3>Latest posts</h3><ul>${[
  'city-council-approves-new-budget-for-schools',
  'storm-damages-harbour-walls-overnight',
  'local-bakery-wins-national-bread-award',
  'rail-line-closed-for-summer-repairs',
  'new-library-opens-in-the-old-town-hall',
  'farmers-market-moves-to-the-river-bank',
  'hospital-wing-named-after-retired-nurse',
  'school-choir-heads-to-the-national-final',
]
  .map((slug) => `<li><a href="https://example.org/2021/05/${slug}/">${slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}</a></li>`)
  .join('')}</ul></aside>`;

const SHORT_POST =
  '<p>A note of my own: the review is out today, with a long essay on moving type in literature. I argue that animated letters are an example of how books can gain from digital means without leaving language behind, and that this is the least noticed of them all.</p>';

describe('consent pack: the cmp pattern', () => {
  it('keeps content blocks named cmp-text and cmp-container, as Adobe\'s CMS names them', () => {
    const html = `<h1>Heat pumps in old houses</h1><div class="cmp-container">${PROSE.replace(/<p>/g, '<div class="cmp-text"><p>').replace(/<\/p>/g, '</p></div>')}</div>`;
    const { text } = textOf(html, 'https://example.org/heat-pumps-in-old-houses.html');
    expect(text).toContain('Paragraph 1 of the report');
    expect(text).toContain('Paragraph 6 of the report');
  });

  it('still takes a consent manager\'s box', () => {
    const html = `<h1>Heat pumps in old houses</h1>${PROSE}<div class="cmp-box"><p>Choose which partners may store data on your device.</p><button>OK</button></div>`;
    const { r, text } = textOf(html, 'https://example.org/heat-pumps-in-old-houses.html');
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toContain('Choose which partners');
    expect(r.removed.map((x) => x.filter)).toContain('consent');
  });
});

describe('a syndication line at the top of the article', () => {
  const page = (line: string) =>
    `<article><h1>Emissions dipped in 2019</h1><div class="source_section"><p class="editors_note">${line}</p></div>${PROSE}</article>`;

  it('gives the outlet as the source and stays in the article', () => {
    const { r, text } = textOf(page('This post originally appeared on <a href="https://grist.org/">Grist</a>.'), 'https://example.com/2020/01/10/emissions-dipped-in-2019/');
    expect(r.article?.source).toBe('Grist');
    expect(text).toContain('This post originally appeared on Grist');
  });

  it('while a bare source name there still goes, as the header shows it', () => {
    const { r, text } = textOf(page('Grist'), 'https://example.com/2020/01/10/emissions-dipped-in-2019/');
    expect(r.article?.source).toBe('Grist');
    expect(text).not.toMatch(/^Grist/);
  });
});

describe('shopping picks are not a list of other stories', () => {
  it('tells shop product links from story links', () => {
    expect(isProductUrl(new URL('https://www.amazon.de/Anki-000-00067-Roboter-Cozmo/dp/B0747LZTM8/ref=sr_1_1'))).toBe(true);
    expect(isProductUrl(new URL('http://amzn.to/2H0BCsa'))).toBe(true);
    expect(isArticleLikeUrl(new URL('https://www.amazon.co.uk/Armada-Ernest-Cline-novel/dp/3596296609'))).toBe(false);
    expect(isProductUrl(new URL('https://example.org/2021/05/amazon-opens-new-warehouse-in-town/'))).toBe(false);
    expect(isArticleLikeUrl(new URL('https://example.org/2021/05/amazon-opens-new-warehouse-in-town/'))).toBe(true);
  });

  const picks = (host: string) =>
    `<p><strong>Picks from the editors:</strong></p><ul>${[
      'Ernest-Cline-Armada-novel-hardcover/dp/3596296609',
      'Nintendo-Switch-Console-Neon-Red-Blue/dp/B01N5OPMJW',
      'Anki-000-00067-Robot-Cozmo-toy/dp/B0747LZTM8',
      'Sandisk-Ultra-Flash-Drive-128GB/dp/B00P8XQPY4',
    ]
      .map((p) => `<li><a href="https://${host}/${p}">${p.split('/')[0].replace(/-/g, ' ')}</a></li>`)
      .join('')}</ul>`;

  it('keeps an editor\'s list of product links inside the article', () => {
    const { text } = textOf(`<article><h1>Deals of the week</h1>${PROSE}${picks('www.amazon.de')}</article>`, 'https://example.org/deals-of-the-week-notebooks-and-films/');
    expect(text).toContain('Anki 000 00067 Robot Cozmo toy');
  });

  it('still takes the same list when it links to the site\'s own stories', () => {
    const { text } = textOf(`<article><h1>Deals of the week</h1>${PROSE}${picks('example.org/stories')}</article>`, 'https://example.org/deals-of-the-week-notebooks-and-films/');
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toContain('Anki 000 00067 Robot Cozmo toy');
  });
});

describe('listing or article: the page\'s address must agree', () => {
  const page = `<header><a href="/">Home</a></header><h1>Moving letters</h1><div class="post">${SHORT_POST}</div>${SIDEBAR}`;

  it('reads a short post among many story links as an article when its address names one post', () => {
    const { r, text } = textOf(page, 'https://example.org/2010/05/literature-and-animated-typography/');
    expect(r.kind).toBe('article');
    expect(text).toContain('animated letters are an example');
    // The sidebar's stories are still listed, not read as the article.
    expect(text).not.toContain('Storm damages harbour walls');
  });

  it('calls the same page a listing at a topic address', () => {
    const { r } = textOf(page, 'https://example.org/topics/literature');
    expect(r.kind).toBe('listing');
  });

  const product = `<h1>Quality Gold, 250 g tin</h1><div class="description"><p>Quality Gold was the first blend of the house, made in 1956 from six kinds of Arabica and Robusta beans from South America and Africa, roasted slowly for a sweet and rounded taste.</p><p>Each blend is put together by hand by our roasters, with fruity and floral notes and a long finish of chocolate and dried fruit.</p></div>`;
  const website = '<meta property="og:type" content="website"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Quality Gold"}</script>';

  it('reads a product page that declares itself a product as an article when its address names one item', () => {
    const { r, text } = textOf(product, 'https://shop.example.com/de/kaffee/gemahlener-kaffee/quality-gold-250-g.html', website);
    expect(r.kind).toBe('article');
    expect(text).toContain('fruity and floral notes');
  });

  it('gives no article for the same text at a landing page\'s address', () => {
    const { r } = textOf(product, 'https://shop.example.com/subscribe/', website);
    expect(r.kind).toBe('none');
  });
});

describe('inline "read also" teasers in more languages', () => {
  const page = (line: string) => `<article><h1>Council approves the budget</h1>${PROSE.replace('</p>', `</p><p>${line}</p>`)}</article>`;

  it.each([
    ['Spanish', '<strong>Lea también: <a href="/2022/01/impiden-ingreso-a-reportero">Impiden ingreso a reportero y camarógrafo</a></strong>'],
    ['Polish', '<em>Czytaj też: <a href="/2022/01/byly-dowodca-wojsk">Były dowódca wojsk USA o wojnie</a></em>'],
    ['German', 'Auch lesen: <a href="/2022/01/neue-seminare-starten">Neue Seminare starten im März</a>'],
  ])('takes a %s teaser line out of the article', (_lang, line) => {
    const { r, text } = textOf(page(line), 'https://example.org/2022/01/council-approves-the-budget/');
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toMatch(/Impiden ingreso|Były dowódca|Neue Seminare/);
    expect(r.removed.map((x) => x.filter)).toContain('teasers');
  });

  it('keeps a sentence that only begins with those words', () => {
    const line = 'Lea también el informe anterior del consejo, que explica por qué el puente se retrasó dos años y cuánto costará mantener los peajes durante la próxima década en toda la región.';
    const { text } = textOf(page(line), 'https://example.org/2022/01/council-approves-the-budget/');
    expect(text).toContain('Lea también el informe anterior');
  });
});
