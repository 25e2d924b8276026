import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sanitizeForExport } from '../../utils/export/sanitize-for-export.ts';
import { toHtmlDocument } from '../../utils/export/to-html.ts';
import type { ParseHtml } from '../../utils/export/types.ts';
import { EXPORTED_AT, makeResult, parse, RELATED, withBody } from './make-result.ts';

// Loaded through require with a narrow type: the project has no @types/jsdom, and only the constructor is needed.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const parseWithJsdom: ParseHtml = (html) => new JSDOM(html).window.document;

const HOSTILE = `
<p onclick="steal()" style="color:red" class="x">Hello <b onmouseover="x()">world</b></p>
<script>alert(1)</script><SCRIPT SRC="https://evil.example/x.js"></SCRIPT>
<a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(2)">js2</a> <a href="java&#x09;script:alert(3)">js3</a>
<a href="vbscript:msgbox(1)">vb</a> <a href="data:text/html,<script>alert(4)</script>">data</a>
<a href="/ok" target="_blank" onfocus="x()">ok</a> <a href="mailto:desk@example.org">mail</a>
<img src="data:image/png;base64,AAAA" alt="inline"> <img src="javascript:alert(5)"> <img src="/pic.jpg" onerror="x()" alt="pic">
<img data-src="https://cdn.example/lazy.jpg" alt="lazy">
<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf">
<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(6)">go</button></form>
<svg onload="alert(7)"><a href="javascript:alert(8)"><text>svg</text></a></svg>
<math><mtext><table><mglyph><style><img src=x onerror=alert(9)></style></mglyph></table></mtext></math>
<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example">
<noscript><img src="https://x.example/a.jpg" onerror="alert(10)"></noscript>
<blockquote cite="javascript:alert(11)">q</blockquote><div srcdoc="<script>" formaction="javascript:1">d</div>
<!-- <script>alert(12)</script> -->
<p>&lt;script&gt;alert("text")&lt;/script&gt;</p>`;

function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(html).not.toMatch(/<(iframe|object|embed|form|input|button|svg|math|style|link|noscript)\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/srcdoc|formaction/i);
}

describe('sanitizeForExport', () => {
  it.each([
    ['linkedom', parse],
    ['jsdom', parseWithJsdom],
  ] as const)('leaves nothing active under %s', (_name, parser) => {
    const html = sanitizeForExport(HOSTILE, parser, { baseUrl: 'https://site.example/a/b' });
    expectInert(html);
    expect(html).toContain('<p>Hello <b>world</b></p>');
    expect(html).toContain('<a href="https://site.example/ok" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('<a href="mailto:desk@example.org" rel="noopener noreferrer">mail</a>');
    expect(html).toContain('<img src="https://site.example/pic.jpg" alt="pic">');
    expect(html).toContain('<img src="https://cdn.example/lazy.jpg" alt="lazy">');
    expect(html).toContain('&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;');
    // Unsafe links keep their words.
    expect(html).toMatch(/js js2 js3\s+vb data/);
  });

  it('gives the same output under linkedom and jsdom', () => {
    const html =
      '<h2 id="a" lang="fr">T</h2><ol start="2" type="i"><li value="5">x</li></ol><table><tbody><tr><td colspan="2" align="RIGHT">c</td></tr></tbody></table>';
    const a = sanitizeForExport(html, parse, { baseUrl: null });
    expect(a).toBe(sanitizeForExport(html, parseWithJsdom, { baseUrl: null }));
    expect(a).toBe('<h2 lang="fr">T</h2><ol start="2" type="i"><li>x</li></ol><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>');
  });

  it('keeps what the pipeline keeps, by the same allow-list: nav and footer go with their text, attributes in one order', () => {
    const html = sanitizeForExport(
      '<nav><a href="/">Home</a></nav><p>Body</p><footer>© Site</footer><img alt="A" title="T" src="https://i.example/a.png" width="9" class="c">',
      parse,
      { baseUrl: null },
    );
    expect(html).toBe('<p>Body</p><img src="https://i.example/a.png" title="T" alt="A" width="9">');
  });

  it('keeps a leading newline of preformatted text through a re-parse', () => {
    const html = sanitizeForExport('<pre>\n\nlead</pre>', parseWithJsdom, { baseUrl: null });
    expect(parseWithJsdom(html).querySelector('pre')!.textContent).toBe('\nlead');
  });

  it('drops relative URLs when there is no base', () => {
    expect(sanitizeForExport('<a href="/x">x</a><img src="/y.png">', parse, { baseUrl: null })).toBe('x');
  });

  it('unwraps unknown elements and keeps no class', () => {
    const html = sanitizeForExport('<font color="red"><custom-el>a</custom-el></font><code class="hl language-ts">b</code>', parse, {
      baseUrl: null,
    });
    expect(html).toBe('a<code>b</code>');
  });

  it('escapes attribute values', () => {
    const html = sanitizeForExport('<img src="https://i.example/a.png" alt="&quot;><script>x</script>">', parse, { baseUrl: null });
    expect(html).toBe('<img src="https://i.example/a.png" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">');
  });
});

describe('toHtmlDocument', () => {
  it('is a complete, self-contained page', () => {
    const html = toHtmlDocument(withBody('<p>Body text.</p>'), { parse, exportedAt: EXPORTED_AT });
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Storm hits the coast</title>');
    expect(html).toContain('<meta name="author" content="Jane Doe">');
    expect(html).toContain('<meta property="og:title" content="Storm hits the coast">');
    expect(html).toContain('<meta property="og:url" content="https://daily8.example/news/storm-hits-the-coast">');
    expect(html).toContain('<meta property="article:published_time" content="2025-03-03T18:30:00+01:00">');
    expect(html).toContain('<meta name="citation_publication_date" content="2025/03/03">');
    expect(html).toContain('<h1>Storm hits the coast</h1>');
    expect(html).toContain('Coast Herald via Daily8');
    expect(html).toContain('By Jane Doe · <time datetime="2025-03-03T18:30:00+01:00">2025-03-03</time> · 1 min read');
    expect(html).toContain('<a href="https://daily8.example/news/storm-hits-the-coast" rel="noopener noreferrer">Original article</a>');
    expect(html).toContain('<p>Body text.</p>');
    expect(html).toContain('<time datetime="2025-03-04T05:06:07.000Z">2025-03-04</time>');
    expect(html).toMatch(/<style>[\s\S]*max-width: 38rem[\s\S]*<\/style>/);
    // Nothing is loaded but images: no external style sheets or scripts.
    expect(html).not.toMatch(/<link rel="stylesheet"|<script/);
    expect(html).toContain("default-src &#39;none&#39;");
  });

  it('shows the lead image the reader view shows in the header, once', () => {
    const options = { parse, exportedAt: EXPORTED_AT };
    const html = toHtmlDocument(withBody('<p>Body text.</p>', { leadImage: 'https://img.example/storm.jpg?w=800&h=450' }), options);
    const header = html.slice(html.indexOf('<header class="article-header">'), html.indexOf('</header>'));
    expect(header).toContain('<img class="lead-image" src="https://img.example/storm.jpg?w=800&amp;h=450" alt="">');
    const inBody = toHtmlDocument(withBody('<p><img src="https://img.example/storm.jpg" alt="Surf"></p>'), options);
    expect(inBody.match(/<img /g)).toHaveLength(1);
    expect(inBody).not.toContain('class="lead-image"');
  });

  it('contains no script, handler or javascript: URL when the article has them', () => {
    const result = withBody(HOSTILE, { canonicalUrl: 'javascript:alert(1)', leadImage: 'javascript:alert(2)' });
    const html = toHtmlDocument({ ...result, related: { groups: RELATED } }, { parse, exportedAt: EXPORTED_AT, includeRelated: true });
    expectInert(html.slice(html.indexOf('<body')));
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('og:image');
    expect(html).not.toContain('lead-image"');
  });

  it('escapes metadata', () => {
    const result = makeResult({
      title: '</title><script>alert(1)</script>',
      byline: '"><img src=x onerror=alert(1)>',
      source: 'A & B <Media>',
      lang: 'en" onload="x',
      dir: 'rtl',
    });
    const html = toHtmlDocument(result, { parse, exportedAt: EXPORTED_AT });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
    expect(html).toContain('A &amp; B &lt;Media&gt; via Daily8');
    expect(html).toContain('<html dir="rtl">');
  });

  it.each(['light', 'dark', 'sepia'] as const)('applies the %s theme', (theme) => {
    const html = toHtmlDocument(makeResult(), { parse, exportedAt: EXPORTED_AT, theme });
    expect(html).toContain(`<body class="theme-${theme}">`);
    expect(html).toContain(`color-scheme: ${theme === 'dark' ? 'dark' : 'light'}`);
  });

  it('themes differ in colours', () => {
    const bg = (theme: 'light' | 'dark' | 'sepia') =>
      /html \{ background: (#[0-9a-f]+)/.exec(toHtmlDocument(makeResult(), { parse, exportedAt: EXPORTED_AT, theme }))![1];
    expect(new Set([bg('light'), bg('dark'), bg('sepia')]).size).toBe(3);
  });

  it('lists related stories with safe links only', () => {
    const html = toHtmlDocument(makeResult({}, RELATED), { parse, exportedAt: EXPORTED_AT, includeRelated: true });
    expect(html).toContain('<h2>Related stories</h2>\n<h3>Weather</h3>');
    expect(html).toContain(
      '<li><a href="https://daily8.example/news/floods" rel="noopener noreferrer">Floods expected [update]</a> <span class="details">— Weather Desk, 2 hours ago</span></li>',
    );
    expect(html).toContain('<li>Bad link <span class="details">— 2025-03-02</span></li>');
  });
});
