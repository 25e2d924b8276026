import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../utils/export/to-markdown.ts';
import { EXPORTED_AT, makeResult, parse, RELATED, withBody } from './make-result.ts';

/** The Markdown after the front matter and the "# title" line (of an article without a lead image). */
function body(html: string): string {
  const md = toMarkdown(withBody(html, { leadImage: null }), { parse, exportedAt: EXPORTED_AT });
  const marker = '\n# Storm hits the coast\n\n';
  const at = md.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  return md.slice(at + marker.length).trimEnd();
}

const CASES: Array<[string, string, string]> = [
  ['headings are ATX', '<h2>Section</h2><h3>Sub</h3>', '## Section\n\n### Sub'],
  ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
  ['asterisks and underscores', '<p>2*3 = 6 and snake_case</p>', '2\\*3 = 6 and snake\\_case'],
  ['# at line start', '<p># not a heading</p>', '\\# not a heading'],
  ['closing # stays in an article heading', '<h2>Learn C #</h2>', '## Learn C #'],
  ['- and + and > at line start', '<p>- dash</p><p>+ plus</p><p>&gt; not a quote</p>', '\\- dash\n\n\\+ plus\n\n\\> not a quote'],
  ['ordered-list lookalikes', '<p>1. first</p><p>2) second</p>', '1\\. first\n\n2\\) second'],
  ['brackets', '<p>[1] a [link](x)</p>', '\\[1\\] a \\[link\\](x)'],
  ['backticks in text', '<p>use `npm` here</p>', 'use \\`npm\\` here'],
  ['raw HTML in text is escaped', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '\\<script>alert(1)\\</script>'],
  ['entity names in text', '<p>write &amp;amp; or &amp;#169;</p>', 'write \\&amp; or \\&#169;'],
  ['tildes', '<p>~5 to ~10</p>', '\\~5 to \\~10'],
  ['emphasis and strong', '<p><em>soft</em> and <strong>loud</strong></p>', '_soft_ and **loud**'],
  ['strikethrough with two tildes', '<p><del>old</del> <s>gone</s></p>', '~~old~~ ~~gone~~'],
  ['inline code', '<p>run <code>ls -la</code></p>', 'run `ls -la`'],
  ['inline code holding backticks', '<p><code>a `b` c</code></p>', '``a `b` c``'],
  [
    'fenced code keeps its content (classes, a language hint among them, are not in the allow-list)',
    '<pre><code class="language-py">def f(x):\n    return x * 2</code></pre>',
    '```\ndef f(x):\n    return x * 2\n```',
  ],
  ['fence longer than a fence inside the code', '<pre><code>```\nx\n```</code></pre>', '````\n```\nx\n```\n````'],
  ['code keeps markdown characters raw', '<pre><code>*a* _b_ [c]</code></pre>', '```\n*a* _b_ [c]\n```'],
  ['bullet list', '<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
  [
    'nested lists',
    '<ul><li>one<ul><li>inner<ol><li>deep</li></ol></li></ul></li><li>two</li></ul>',
    '- one\n  - inner\n    1. deep\n- two',
  ],
  ['ordered list honours start', '<ol start="4"><li>four</li><li>five</li></ol>', '4. four\n5. five'],
  ['list item with paragraphs', '<ul><li><p>a</p><p>b</p></li></ul>', '- a\n\n  b'],
  ['blockquote', '<blockquote><p>said</p><blockquote><p>inner</p></blockquote></blockquote>', '> said\n> \n> > inner'],
  ['absolute links', '<p><a href="/news/x?a=1">x</a></p>', '[x](https://daily8.example/news/x?a=1)'],
  ['parentheses in a link destination', '<p><a href="https://w.example/A_(b)">w</a></p>', '[w](https://w.example/A_\\(b\\))'],
  ['brackets in link text', '<p><a href="https://e.example/">[x] y</a></p>', '[\\[x\\] y](https://e.example/)'],
  ['javascript: links lose the link, keep the text', '<p><a href="javascript:alert(1)">click</a></p>', 'click'],
  ['in-page anchors keep only the text', '<p><a href="#notes">notes</a></p>', 'notes'],
  ['images absolute', '<p><img src="/i/a.png" alt="A chart"></p>', '![A chart](https://daily8.example/i/a.png)'],
  ['image alt is escaped', '<p><img src="https://i.example/a.png" alt="a [b] *c*"></p>', '![a \\[b\\] \\*c\\*](https://i.example/a.png)'],
  ['data: images are dropped', '<p>x<img src="data:image/png;base64,AAAA" alt="d"></p>', 'x'],
  [
    'image inside a link',
    '<p><a href="https://e.example/big.jpg"><img src="https://e.example/small.jpg" alt="pic"></a></p>',
    '[![pic](https://e.example/small.jpg)](https://e.example/big.jpg)',
  ],
  [
    'figure: image, then italic caption',
    '<figure><img src="https://i.example/f.jpg" alt="F"><figcaption>The <b>port</b>, at dawn</figcaption></figure>',
    '![F](https://i.example/f.jpg)\n\n*The **port**, at dawn*',
  ],
  [
    'figure with the caption first still puts the image first',
    '<figure><figcaption>Caption\nsplit</figcaption><img src="https://i.example/f.jpg" alt=""></figure>',
    '![](https://i.example/f.jpg)\n\n*Caption split*',
  ],
  [
    'table with header (alignment attributes are not in the allow-list)',
    '<table><thead><tr><th>Name</th><th align="right">Votes</th></tr></thead><tbody><tr><td>A</td><td>10</td></tr></tbody></table>',
    '| Name | Votes |\n| --- | --- |\n| A | 10 |',
  ],
  [
    'pipes in cells are escaped, in text and in code',
    '<table><tr><th>a|b</th><th>c</th></tr><tr><td>x | y</td><td><code>p|q</code></td></tr></table>',
    '| a\\|b | c |\n| --- | --- |\n| x \\| y | `p\\|q` |',
  ],
  [
    'table without header row uses its first row',
    '<table><tr><td>k</td><td>v</td></tr><tr><td>1</td><td>2</td></tr></table>',
    '| k | v |\n| --- | --- |\n| 1 | 2 |',
  ],
  [
    'ragged rows and colspan keep columns aligned',
    '<table><tr><th colspan="2">wide</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>',
    '| wide |  |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |',
  ],
  [
    'block content in a cell is flattened to one line',
    '<table><tr><th>h</th></tr><tr><td><p>one</p><p>two</p></td></tr></table>',
    '| h |\n| --- |\n| one two |',
  ],
  ['script, style, iframe and forms are dropped', '<p>a</p><script>x()</script><style>p{}</style><iframe src="https://e.example"></iframe><form><input value="v"></form><p>b</p>', 'a\n\nb'],
  ['hr', '<p>a</p><hr><p>b</p>', 'a\n\n---\n\nb'],
  ['line break', '<p>a<br>b</p>', 'a  \nb'],
];

describe('toMarkdown edge cases', () => {
  it.each(CASES)('%s', (_name, html, expected) => {
    expect(body(html)).toBe(expected);
  });
});

describe('toMarkdown document', () => {
  it('writes front matter, the title heading, then the body', () => {
    const md = toMarkdown(withBody('<p>Body.</p>'), { parse, exportedAt: EXPORTED_AT });
    expect(md).toBe(
      [
        '---',
        'title: "Storm hits the coast"',
        'source: "Coast Herald"',
        'site: "Daily8"',
        'author: "Jane Doe"',
        'published: "2025-03-03T18:30:00+01:00"',
        'url: "https://daily8.example/news/storm-hits-the-coast"',
        'exported: "2025-03-04T05:06:07.000Z"',
        'reading_time: 1',
        '---',
        '',
        '# Storm hits the coast',
        '',
        '![](https://img.example/storm.jpg)',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out unknown metadata', () => {
    const md = toMarkdown(makeResult({ byline: null, source: null, publishedTime: null }), { parse, exportedAt: EXPORTED_AT });
    expect(md).not.toMatch(/^(author|source|published):/m);
    expect(md).toMatch(/^site: "Daily8"$/m);
  });

  it('escapes a title that would break the heading', () => {
    const md = toMarkdown(makeResult({ title: '*Breaking* [live] #1 update #' }), { parse, exportedAt: EXPORTED_AT });
    expect(md).toContain('\n# \\*Breaking\\* \\[live\\] #1 update \\#\n');
  });

  it('does not repeat a title the article body already opens with', () => {
    const md = toMarkdown(withBody('<h1>Storm hits the coast</h1><p>Body.</p>'), { parse, exportedAt: EXPORTED_AT });
    expect(md.match(/^# Storm hits the coast$/gm)).toHaveLength(1);
  });

  it('puts the lead image the reader view shows under the headline, also when the body opens with it', () => {
    const options = { parse, exportedAt: EXPORTED_AT };
    const own = toMarkdown(withBody('<h1>Storm hits the coast</h1><p>Body.</p>'), options);
    expect(own).toContain('\n# Storm hits the coast\n\n![](https://img.example/storm.jpg)\n\nBody.\n');
    // Spaces and parentheses in a URL would end a Markdown destination early.
    const odd = toMarkdown(makeResult({ leadImage: 'https://img.example/a (1).jpg' }), options);
    expect(odd).toContain('\n![](https://img.example/a%20\\(1\\).jpg)\n');
  });

  it('leaves the lead image out when the body already shows it, or when it is no web address', () => {
    const options = { parse, exportedAt: EXPORTED_AT };
    const lead = 'https://img.example/storm.jpg?w=800&h=450';
    const inBody = toMarkdown(withBody(`<figure><img src="${lead.replace('&', '&amp;')}" alt="Surf"></figure><p>Body.</p>`, { leadImage: lead }), options);
    expect(inBody.match(/!\[/g)).toHaveLength(1);
    expect(toMarkdown(makeResult({ leadImage: 'javascript:alert(1)' }), options)).not.toContain('![');
    expect(toMarkdown(makeResult({ leadImage: null }), options)).not.toContain('![');
  });

  it('keeps code blocks blank lines but collapses the rest', () => {
    const md = body('<pre><code>a\n\n\nb</code></pre><ol><li><p>x</p><p>y</p></li></ol><p>z</p>');
    expect(md).toBe('```\na\n\n\nb\n```\n\n1. x\n\n   y\n\nz');
  });

  it('appends related stories when asked', () => {
    const md = toMarkdown(makeResult({}, RELATED), { parse, exportedAt: EXPORTED_AT, includeRelated: true });
    expect(md).toContain(
      [
        '## Related stories',
        '',
        '### Weather',
        '',
        '- [Floods expected \\[update\\]](https://daily8.example/news/floods) — Weather Desk, 2 hours ago',
        '- Bad link — 2025-03-02',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('javascript:');
  });

  it('does not repeat "Related stories" as the heading of the one group that gathers them all', () => {
    const all = RELATED.map((g) => ({ ...g, label: 'Related stories' }));
    const md = toMarkdown(makeResult({}, all), { parse, exportedAt: EXPORTED_AT, includeRelated: true });
    expect(md.match(/Related stories/g)).toHaveLength(1);
    expect(md).toContain('## Related stories\n\n- [Floods expected');
  });

  it('leaves related stories out of an article unless asked, and puts them in a listing by default', () => {
    expect(toMarkdown(makeResult({}, RELATED), { parse, exportedAt: EXPORTED_AT })).not.toContain('Related stories');
    const listing = { ...makeResult(null, RELATED), title: 'Top stories' };
    const md = toMarkdown(listing, { parse, exportedAt: EXPORTED_AT });
    expect(md).toContain('# Top stories\n\n## Related stories\n\n### Weather');
    expect(md).not.toContain('reading_time');
  });
});
