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
});
