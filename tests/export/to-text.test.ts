import { describe, expect, it } from 'vitest';
import { toText } from '../../utils/export/to-text.ts';
import { makeResult, parse, RELATED, withBody } from './make-result.ts';

describe('toText', () => {
  it('lays out title, metadata, paragraphs and numbered links', () => {
    const html = `
      <h2>What happened</h2>
      <p>The storm  reached
         <a href="/towns/port">the port</a> at dawn, said <a href="https://weather.example/">forecasters</a>.</p>
      <p>It was the <a href="/towns/port">port's</a> worst night.<br>Power is back.</p>
      <ul><li>Roads closed<ul><li>A1 north</li></ul></li><li>Schools shut</li></ul>
      <ol start="2"><li>second</li><li>third</li></ol>
      <blockquote><p>We lost everything.</p><p>— A resident</p></blockquote>
      <figure><img src="https://i.example/a.jpg" alt="Boats"><figcaption>Boats on the quay.</figcaption></figure>
      <pre>line 1
  line 2</pre>
      <table><tr><th>Town</th><th>Rain</th></tr><tr><td>Port</td><td>80 mm</td></tr></table>`;
    expect(toText(withBody(html), { parse })).toBe(
      [
        'Storm hits the coast',
        'Source: Coast Herald',
        'Site: Daily8',
        'Author: Jane Doe',
        'Published: 2025-03-03T18:30:00+01:00',
        'URL: https://daily8.example/news/storm-hits-the-coast',
        'Reading time: 1 min',
        '',
        'What happened',
        '',
        'The storm reached the port [1] at dawn, said forecasters [2].',
        '',
        "It was the port's [1] worst night.",
        'Power is back.',
        '',
        '- Roads closed',
        '  - A1 north',
        '- Schools shut',
        '',
        '2. second',
        '3. third',
        '',
        '> We lost everything.',
        '>',
        '> — A resident',
        '',
        'Boats on the quay.',
        '',
        'line 1',
        '  line 2',
        '',
        'Town | Rain',
        'Port | 80 mm',
        '',
        'Links:',
        '[1] https://daily8.example/towns/port',
        '[2] https://weather.example/',
        '',
      ].join('\n'),
    );
  });

  it('drops unknown metadata lines and has no Links section without links', () => {
    const text = toText(makeResult({ byline: null, source: null, siteName: null, publishedTime: null }), { parse });
    expect(text).toBe(
      'Storm hits the coast\nURL: https://daily8.example/news/storm-hits-the-coast\nReading time: 1 min\n\nA storm hit the coast overnight.\n',
    );
  });

  it('gives no number to unsafe or in-page links and keeps no markup', () => {
    const text = toText(
      withBody('<p><a href="javascript:alert(1)">bad</a>, <a href="#top">top</a>, <b>bold</b> &lt;tag&gt;</p><script>x()</script>'),
      { parse },
    );
    expect(text).toContain('\n\nbad, top, bold <tag>\n');
    expect(text).not.toContain('Links:');
    expect(text).not.toContain('x()');
  });

  it('collapses a multi-line title to one line', () => {
    expect(toText(makeResult({ title: 'Storm\n  hits' }), { parse }).split('\n')[0]).toBe('Storm hits');
  });

  it('appends related stories with their URLs before the links', () => {
    const text = toText(makeResult({ contentHtml: '<p>See <a href="https://a.example/">this</a>.</p>' }, RELATED), {
      parse,
      includeRelated: true,
    });
    expect(text).toContain(
      [
        'See this [1].',
        '',
        'Related stories',
        '',
        'Weather',
        '- Floods expected [update] — Weather Desk, 2 hours ago',
        '  https://daily8.example/news/floods',
        '- Bad link — 2025-03-02',
        '',
        'Links:',
        '[1] https://a.example/',
        '',
      ].join('\n'),
    );
  });
});
