// readMetadata on small pages: the visible headline wins, without what themes attach to it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../utils/metadata';

const read = (html: string, url = 'https://docs.example.org/evolve/sharing.html') => readMetadata(parseHTML(html).document as unknown as Document, url);

describe('readMetadata', () => {
  it("takes the headline without a documentation theme's anchor link", () => {
    const meta = read(`<html><head><title>Evolve: Shared Mutable History — Evolve extension for Mercurial</title></head>
      <body><h1>Evolve: Shared Mutable History<a class="headerlink" href="#evolve" title="Permalink to this headline">¶</a></h1><p>Text.</p></body></html>`);
    expect(meta.title).toBe('Evolve: Shared Mutable History');
  });

  it('takes the author from the page when the declared creator is a user handle', () => {
    const meta = read(`<html><head><title>Original cuts may be released</title>
      <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Original cuts may be released","creator":"CC7567"}</script></head>
      <body><h1>Original cuts may be released</h1><div class="byline"><a href="/u/CC7567"><span class="author-name">James Akinaka</span></a> • <time datetime="2017-02-23T17:18:13+00:00">8h</time></div><p>Text.</p></body></html>`,
      'https://fandom.example.com/articles/original-cuts');
    expect(meta.byline).toBe('James Akinaka');
  });

  it('reads no whole text of an element holding megabytes of inline data while it looks for the byline row', () => {
    const { document } = parseHTML(`<html><head><title>Harbour bridge opens</title>
      <script>window.pageData = "${'x'.repeat(1_000_000)}";</script></head>
      <body><h1>Harbour bridge opens</h1><p>Text.</p></body></html>`);
    const read: string[] = [];
    // Watched: each element holding the script (<head>, <html>); the text of each is a megabyte long.
    // The script itself is read, as the app's data may name the publisher.
    for (let el = document.querySelector('script')!.parentElement; el; el = el.parentElement) {
      const tag = el.localName;
      Object.defineProperty(el, 'textContent', { get: () => (read.push(tag), 'x'.repeat(1_000_000)) });
    }
    const meta = readMetadata(document as unknown as Document, 'https://news.example.com/harbour-bridge');
    expect(meta.byline).toBeNull();
    expect(read).toEqual([]);
  });

  it('reads JSON-LD wrapped in a CDATA section', () => {
    const meta = read(`<html><head><title>Tracking non-users</title><script type="application/ld+json">
      <![CDATA[ {"@context":"http://schema.org","@type":"Article","headline":"Tracking non-users","datePublished":"2018-04-05T06:00","author":{"@type":"Person","name":"Daniel Kahn Gillmor"}} ]]>
      </script></head><body><h1>Tracking non-users</h1><p>Text.</p></body></html>`);
    expect(meta.publishedTime).toBe('2018-04-05T06:00:00.000Z');
    expect(meta.byline).toBe('Daniel Kahn Gillmor');
  });

  it('prefers the visible headline to a declared one that is a description, even with the site name in the title', () => {
    const meta = read(`<html><head><title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"constitutional monarchy in Oceania"}</script></head>
      <body><h1 id="firstHeading">New Zealand</h1><p>Text.</p></body></html>`, 'http://fakehost/test/page.html');
    expect(meta.title).toBe('New Zealand');
  });

  // One case per phase, each with the page that passes it beside the page that does not.
  describe('phase by phase', () => {
    const DAILY = 'https://www.portlanddaily.com/news/harbour-dredging-1001';
    const doc = (head: string, body = '<p>Text.</p>') => `<html><head>${head}</head><body>${body}</body></html>`;

    it('site name: declared, else a title part or a header logo that names the host', () => {
      expect(read(doc('<title>Harbour dredging | PD</title><meta property="og:site_name" content="PD Online">'), DAILY).siteName).toBe('PD Online');
      expect(read(doc('<title>Harbour dredging to start | Portland Daily</title>'), DAILY).siteName).toBe('Portland Daily');
      expect(read(doc('<title>Harbour dredging to start | City Weather</title>'), DAILY).siteName).toBeNull();
      expect(read(doc('<title>Harbour dredging</title>', '<header><img src="/l.png" alt="PortlandDaily logo"></header><p>Text.</p>'), DAILY).siteName).toBe('PortlandDaily');
      expect(read(doc('<title>Harbour dredging</title>', '<header><img src="/l.png" alt="Weather widget"></header><p>Text.</p>'), DAILY).siteName).toBeNull();
    });

    it('title: the declared title without the site, when no heading shows it', () => {
      const meta = read(doc('<title>Harbour dredging to start in October | Portland Daily</title>'), DAILY);
      expect([meta.title, meta.titleElement]).toEqual(['Harbour dredging to start in October', null]);
    });

    it("byline: never the site's own name", () => {
      const head = '<title>Harbour dredging</title><meta property="og:site_name" content="Portland Daily">';
      expect(read(doc(`${head}<meta name="author" content="Portland Daily">`), DAILY).byline).toBeNull();
      expect(read(doc(`${head}<meta name="author" content="Jane Doe">`), DAILY).byline).toBe('Jane Doe');
    });

    it('source: a declared organisation that is not the site, else the site', () => {
      const ld = (extra: string) => `<title>Harbour dredging</title><meta property="og:site_name" content="Portland Daily">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour dredging","publisher":{"name":"Portland Daily"}${extra}}</script>`;
      expect(read(doc(ld(',"sourceOrganization":{"name":"Reuters"}')), DAILY).source).toBe('Reuters');
      expect(read(doc(ld('')), DAILY).source).toBe('Portland Daily');
    });

    it('published time: declared first, else the marked <time>, then the one by the headline', () => {
      const body = `<aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>
        <div><div><h1>Harbour dredging to start in October</h1></div><time datetime="2024-05-01T08:00:00Z">1 May</time></div><p>Text.</p>`;
      expect(read(doc('<title>Harbour dredging to start in October</title>', body), DAILY).publishedTime).toBe('2024-05-01T08:00:00.000Z');
      const declared = '<title>Harbour dredging to start in October</title><meta property="article:published_time" content="2024-04-30T10:00:00Z">';
      expect(read(doc(declared, body), DAILY).publishedTime).toBe('2024-04-30T10:00:00.000Z');
    });

    it('declares an article: by an article type or og:type; another page type says no; silence says nothing', () => {
      const ld = (type: string) => `<title>t</title><script type="application/ld+json">{"@type":"${type}"}</script>`;
      expect(read(doc(ld('FAQPage')), DAILY).declaresArticle).toBe(false);
      expect(read(doc(ld('NewsArticle')), DAILY).declaresArticle).toBe(true);
      // A JSON-LD block that does not parse still names its type.
      expect(read(doc('<title>t</title><script type="application/ld+json">{"@type":"NewsArticle",}</script>'), DAILY).declaresArticle).toBe(true);
      expect(read(doc('<title>t</title><meta property="og:type" content="article">'), DAILY).declaresArticle).toBe(true);
      expect(read(doc('<title>t</title>'), DAILY).declaresArticle).toBeNull();
    });
  });
});
