// Bad input gets a clear answer and never an exception: empty, huge, deep, hostile pages,
// nonsense URLs and settings.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, MAX_ELEMENTS } from '../../utils/extract-page';
import { MAX_READ_DEPTH } from '../../utils/clone-pruned';
import type { Settings } from '../../utils/types';

const PROSE = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: officials said on Tuesday that the new bridge would open next spring, after two years of delays caused by flooding and a shortage of steel, and that tolls would stay at their current level.</p>`,
).join('');

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

describe.each(Object.entries(DOMS))('under %s', (_name, parse) => {
  it('says there is no text on an empty page', () => {
    const r = extractPage(parse('<html><head><title>x</title></head><body>   </body></html>'), 'https://example.com/');
    expect(r).toMatchObject({ kind: 'none', article: null });
    expect(r.reason).toMatch(/no text/i);
    expect(r.cause).toEqual({ code: 'no-text' });
  });

  it('leaves a page without <head> exactly as it was (a DOM getter may create one)', () => {
    const doc = parse(`<html><body><h1>Bridge opens next spring after two years of delays</h1>${PROSE}<div class="share"><button>Share</button></div></body></html>`);
    const before = doc.documentElement.outerHTML;
    const r = extractPage(doc, 'https://example.com/news/bridge');
    expect(r.kind).toBe('article');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // jsdom takes seconds just to parse these pages.
  it('refuses a page too large to read, saying why', { timeout: 60_000 }, () => {
    const html = `<html><body><div>${'<span>x</span>'.repeat(MAX_ELEMENTS + 10)}</div></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/');
    expect(r.kind).toBe('none');
    expect(r.reason).toMatch(/too large/);
    expect(r.cause).toEqual({ code: 'too-large', elements: expect.any(Number), limit: MAX_ELEMENTS });
    expect(r.cause?.code === 'too-large' && r.cause.elements).toBeGreaterThan(MAX_ELEMENTS);
  });

  it('reads a very deeply nested page without overflowing the stack', { timeout: 60_000 }, () => {
    const depth = 3000;
    const html = `<html><body>${'<div>'.repeat(depth)}<h1>Bridge to open next spring</h1>${PROSE}${'</div>'.repeat(depth)}</body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/bridge');
    expect(r.reason ?? '').not.toMatch(/stack/i);
    expect(r.article?.textContent).toContain('Paragraph 8 of the story');
  });

  it('reads an article beside a 5,000-level chain of empty wrappers, quickly', { timeout: 60_000 }, () => {
    const depth = 5000;
    const html = `<html><body><h1>Bridge to open next spring</h1>${PROSE}${'<div>'.repeat(depth)}<span>deep</span>${'</div>'.repeat(depth)}</body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/bridge');
    expect(r.kind).toBe('article');
    expect(r.article?.textContent).toContain('Paragraph 8 of the story');
  });

  it('refuses a page nested deeper than any real page, saying why and keeping its stories', { timeout: 60_000 }, () => {
    const depth = 1500;
    const card = (i: number) => `<li><a href="https://example.com/news/2025/council-weighs-harbour-plan-${i}">Council weighs the harbour plan, part ${i} of the series</a></li>`;
    const html = `<html><body><h1>Bridge to open next spring</h1>${PROSE}<ul>${[1, 2, 3].map(card).join('')}</ul>${'<div>level '.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/bridge');
    expect(r.kind).toBe('none');
    expect(r.reason).toMatch(/nested too deeply .*1\d{3} levels/);
    expect(r.cause).toEqual({ code: 'too-deep', depth: expect.any(Number), limit: MAX_READ_DEPTH });
    expect(r.reason).toContain(`(${r.cause?.code === 'too-deep' && r.cause.depth} levels`);
    expect(r.related.groups.flatMap((g) => g.stories)).toHaveLength(3);
  });

  it('strips everything that could run from a hostile article', () => {
    const html = `<html><body><article><h1>Bridge to open next spring</h1>${PROSE}
      <p>Evil <img src="x.png" onerror="alert(1)"> <a href="javascript:alert(2)">link</a> <a href=" JaVaScRiPt:alert(3)">two</a>
      <a href="data:text/html,<script>alert(4)</script>">three</a> and more words to keep this paragraph in the article body.</p>
      <script>alert(5)</script><iframe src="https://evil.example/"></iframe><form action="/x"><input name="q"></form>
      <svg><script>alert(6)</script></svg><object data="x.swf"></object><p style="position:fixed" onclick="alert(7)">Styled text stays as text.</p>
      </article></body></html>`;
    const r = extractPage(parse(html), 'https://example.com/news/bridge');
    const out = r.article!.contentHtml;
    expect(out).not.toMatch(/<script|<iframe|<form|<input|<svg|<object|\son\w+=|javascript:|data:text|style=/i);
    expect(out).toContain('Styled text stays as text.');
    expect(out).toContain('<img src="https://example.com/news/x.png">');
  });

  it('works with a URL that is not one, and with settings that are nonsense', () => {
    const html = `<html><body><h1>Bridge to open next spring</h1>${PROSE}</body></html>`;
    const garbage = { filters: null, siteFilters: 7, customRules: 'x', groupBy: 'colour' } as unknown as Partial<Settings>;
    for (const [url, settings] of [['not a url', {}], ['https://example.com/', garbage]] as const) {
      const r = extractPage(parse(html), url, settings);
      expect(r.kind).toBe('article');
      expect(r.article?.textContent).toContain('Paragraph 1 of the story');
    }
  });

  it('ignores an invalid custom selector instead of failing the page', () => {
    const html = `<html><body><h1>Bridge to open next spring</h1>${PROSE}<div class="promo">Buy now</div></body></html>`;
    const rules = [
      { id: 'a', kind: 'selector', value: 'div[[[', host: null, enabled: true },
      { id: 'b', kind: 'selector', value: '.promo', host: null, enabled: true },
    ] as Settings['customRules'];
    const r = extractPage(parse(html), 'https://example.com/', { customRules: rules });
    expect(r.kind).toBe('article');
    expect(r.removed.find((x) => x.filter === 'custom')?.count).toBe(1);
  });
});
