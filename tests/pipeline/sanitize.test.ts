// The allow-list sanitizer and lazy-image resolution, under both DOMs.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { largestSrcsetCandidate } from '../../utils/kit/images';
import { resolveLazyImages, sanitizeTree } from '../../utils/sanitize';
import { safeHttpUrl, safeLinkUrl } from '../../utils/safe-url';

const BASE = 'https://news.example.com/world/story.html';

describe.each([
  ['linkedom', (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document],
  ['jsdom', (html: string) => new JSDOM(`<html><body>${html}</body></html>`).window.document],
] as const)('under %s', (_name, parse) => {
  const clean = (html: string) => {
    const doc = parse(`<div id="root">${html}</div>`);
    resolveLazyImages(Array.from(doc.querySelectorAll('img, amp-img')));
    const root = doc.getElementById('root')!;
    sanitizeTree(root, BASE);
    return root.innerHTML.replace(/\s*\n\s*/g, '').trim();
  };
  const img = (html: string) => {
    const doc = parse(clean(html));
    const el = doc.querySelector('img')!;
    return Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
  };

  it('gives lazy images their real source, the largest of a srcset', () => {
    expect(img('<img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" alt="A">')).toEqual({ src: 'https://news.example.com/img/a.jpg', alt: 'A' });
    expect(img('<img data-srcset="s.jpg 300w, l.jpg 1200w, m.jpg 800w">')).toEqual({ src: 'https://news.example.com/world/l.jpg' });
    expect(img('<picture><source srcset="p@2x.jpg 2x, p.jpg 1x"><img alt="P"></picture>')).toEqual({ src: 'https://news.example.com/world/p@2x.jpg', alt: 'P' });
    expect(img('<amp-img src="/amp.jpg" alt="Amp" width="800" height="400"></amp-img>')).toEqual({ src: 'https://news.example.com/amp.jpg', alt: 'Amp', width: '800', height: '400' });
  });

  it('keeps structure and text, drops what runs, what submits and what tracks', () => {
    const out = clean(`<h2 class="x" style="color:red">Head</h2><p onclick="x()" data-id="1">Text <a href="../other.html" target="_blank" onmouseover="y()">link</a></p>
      <script>bad()</script><style>p{}</style><iframe src="https://evil.example"></iframe><form><input value="v"><button>Go</button></form>
      <img src="https://t.example/pixel.gif" width="1" height="1"><custom-el>kept text</custom-el><blockquote cite="javascript:alert(1)">Q</blockquote>`);
    expect(out).toBe('<h2>Head</h2><p>Text <a href="https://news.example.com/other.html">link</a></p>kept text<blockquote>Q</blockquote>');
  });
});

describe('URL helpers', () => {
  it.each([
    ['/a', 'https://news.example.com/a'],
    ['javascript:alert(1)', null],
    ['  JAVASCRIPT:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    ['data:text/html,x', null],
    ['mailto:desk@example.com', null],
    ['https://ok.example/x?y=1#z', 'https://ok.example/x?y=1#z'],
  ])('safeHttpUrl(%j) → %j', (raw, expected) => expect(safeHttpUrl(raw, BASE)).toBe(expected));

  it('allows mailto only where asked, and picks the largest srcset entry', () => {
    expect(safeLinkUrl('mailto:desk@example.com', BASE)).toBe('mailto:desk@example.com');
    expect(safeLinkUrl('#part-2', BASE)).toBe('#part-2');
    expect(safeLinkUrl('#part-2', BASE, false)).toBe('https://news.example.com/world/story.html#part-2');
    expect(largestSrcsetCandidate('a.jpg 1x, b.jpg 3x, c.jpg 2x')).toBe('b.jpg');
    expect(largestSrcsetCandidate(null)).toBeNull();
  });
});
