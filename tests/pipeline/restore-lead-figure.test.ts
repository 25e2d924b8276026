// The picture under the headline comes back into the article, where the page shows it, when
// Readability left it out; never twice, never a promo for another story.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexPage } from '../../utils/page-index';
import { restoreLeadFigure } from '../../utils/restore-lead-figure';

const BODY = [
  'Alder Falls residents can now report potholes, broken streetlights and missed trash pickups from their phones.',
  'The app replaces a phone line that was open only on weekdays, the public works director said on Wednesday.',
  'About 1,200 reports were filed in the first week of testing, most of them about potholes on residential streets.',
];

function setup(figure: string, { standfirst = '', contentHtml }: { standfirst?: string; contentHtml?: string } = {}) {
  const page = parseHTML(`<html><body><article><header><h1>City launches a new 311 app</h1></header>${standfirst ? `<p class="dek">${standfirst}</p>` : ''}
    <div class="thumb">${figure}</div><div class="entry">${BODY.map((t) => `<p>${t}</p>`).join('')}</div></article></body></html>`).document as unknown as Document;
  const index = indexPage(page.documentElement);
  // Readability's copy: the body alone (and the standfirst when it kept it), in a document of its own.
  const copy = parseHTML(`<html><body><div id="c"><div>${contentHtml ?? (standfirst ? `<p>${standfirst}</p>` : '') + BODY.map((t) => `<p>${t}</p>`).join('')}</div></div></body></html>`).document as unknown as Document;
  const content = copy.getElementById('c')!;
  const restored = restoreLeadFigure({ content, index, skip: new Set(), titleElement: page.querySelector('h1') });
  return { restored, content };
}

const FIGURE = `<figure><img src="/img/okoro-64x36.jpg" data-src="/img/okoro-1024x683.jpg" alt="Lena Okoro holds up a phone">
  <figcaption>Public Works Director Lena Okoro shows the new app at City Hall on Wednesday. <span>Photo: Dana Whitfield</span></figcaption></figure>`;

describe('restoreLeadFigure', () => {
  it('puts the figure, caption and real picture, before the body it stands above', () => {
    const { restored, content } = setup(FIGURE);
    expect(restored).toBe(true);
    const first = content.firstElementChild!.firstElementChild!;
    expect(first.localName).toBe('figure');
    expect(first.querySelector('img')!.getAttribute('src')).toBe('/img/okoro-1024x683.jpg');
    expect(first.textContent).toContain('shows the new app at City Hall');
  });

  it('keeps the page order below a standfirst that Readability kept', () => {
    const standfirst = 'Residents can report problems any time of day, and track the repair, in an app the city built for $80,000.';
    const { restored, content } = setup(FIGURE, { standfirst });
    expect(restored).toBe(true);
    expect(Array.from(content.firstElementChild!.children).map((el) => el.localName)).toEqual(['p', 'figure', 'p', 'p', 'p']);
  });

  it('adds nothing when the content has the picture at another size, or its caption', () => {
    const withPicture = `<img src="https://alderfalls.example/img/okoro-1024x683.jpg">${BODY.map((t) => `<p>${t}</p>`).join('')}`;
    expect(setup(FIGURE, { contentHtml: withPicture }).restored).toBe(false);
    const withCaption = `<p>Public Works Director Lena Okoro shows the new app at City Hall on Wednesday.</p>${BODY.map((t) => `<p>${t}</p>`).join('')}`;
    expect(setup(FIGURE, { contentHtml: withCaption }).restored).toBe(false);
  });

  it('takes no promo for another story, nor a gallery', () => {
    const promo = `<figure><a href="/news/council-votes-on-budget"><img src="/img/council.jpg"></a><figcaption><a href="/news/council-votes-on-budget">Council votes on next year's budget tonight</a></figcaption></figure>`;
    expect(setup(promo).restored).toBe(false);
    const gallery = `<figure><img src="/img/a.jpg"><img src="/img/b.jpg"><figcaption>Scenes from the launch at City Hall on Wednesday morning.</figcaption></figure>`;
    expect(setup(gallery).restored).toBe(false);
  });
});
