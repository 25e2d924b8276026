// When a story list holds much of the page's prose, is it the article (a roundup) or a related
// list with long summaries after the article? The order on the page tells.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const LONG = (topic: string) =>
  `The ${topic} plan was debated for hours on Tuesday, as residents lined up to speak about costs, delays and the years of work still ahead. ` +
  `Officials said the budget would be revised in the spring, and that a public hearing on the ${topic} timetable would follow before any contract is signed. ` +
  `Critics called the process slow and opaque, while supporters said the city could not afford another year of waiting for ${topic} repairs to begin.`;
const cards = (topics: string[]) =>
  topics
    .map((t, i) => `<li class="card"><h3><a href="https://example.com/news/2025/council-weighs-${t}-project-${i}">City council weighs the future of the ${t} project</a></h3><p>${LONG(t)}</p></li>`)
    .join('');
const TOPICS = ['bridge', 'library', 'tramway', 'harbour'];

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it('drops a list of cards with long summaries that comes after the article', () => {
    const article = [1, 2, 3, 4].map((n) => `<p>Paragraph ${n} of the story about the stadium: ${LONG('stadium')}</p>`).join('');
    const html = `<html><head><title>Stadium vote delayed again</title></head><body><main><h1>Stadium vote delayed again after a long night</h1>${article}</main>
      <section><h2>Related Articles</h2><ul>${cards(TOPICS)}</ul></section></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/2025/stadium-vote');
    expect(r.kind).toBe('article');
    expect(r.article!.textContent).toContain('Paragraph 4 of the story about the stadium');
    expect(r.article!.textContent).not.toContain('tramway');
    expect(r.related.groups.flatMap((g) => g.stories)).toHaveLength(4);
    expect(r.removed.find((x) => x.filter === 'related-lists')?.samples.join(' ')).toMatch(/^Related Articles\s*City council/);
  });

  it('keeps a roundup whose linked items follow a short introduction', () => {
    // About 600 characters: more than a lede, much less than the items below it.
    const intro = `<p>${LONG('council')}</p><p>Here is where each of the four projects stands before the vote on Thursday evening.</p>`;
    const html = `<html><head><title>Four projects the council will decide on</title></head><body><main><h1>Four projects the council will decide on this week</h1>${intro}
      <ul>${cards(TOPICS)}</ul></main></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/2025/four-projects');
    expect(r.article!.textContent).toContain('tramway timetable');
    expect(r.article!.textContent).toContain('harbour repairs');
  });

  it('keeps a roundup whose linked items are the article itself', () => {
    const html = `<html><head><title>Four projects the council will decide on</title></head><body><main><h1>Four projects the council will decide on this week</h1>
      <ul>${cards(TOPICS)}</ul></main></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/2025/four-projects');
    // Found as a story list all the same (its stories are listed), but not taken out.
    expect(r.related.groups.flatMap((g) => g.stories)).toHaveLength(4);
    expect(r.article!.textContent).toContain('tramway timetable');
    expect(r.article!.textContent).toContain('harbour repairs');
  });
});
