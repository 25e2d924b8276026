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
});
