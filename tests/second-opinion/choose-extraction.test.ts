// Each rule of the choice between Readability and the density method, alone, then the merge on
// small pages.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseExtraction, trimRule, type OpinionSummary } from '../../utils/second-opinion/choose-extraction';
import { secondOpinion } from '../../utils/second-opinion/second-opinion';

const BASE: OpinionSummary = {
  readabilityChars: 3000,
  readabilityLinkDensity: 0.05,
  densityChars: 3200,
  densityLinkDensity: 0.02,
  sharedChars: 2900,
  lostInside: 0,
  lostAtEdges: 0,
};

describe('chooseExtraction', () => {
  it('keeps Readability when the density method finds nothing it lacks', () => {
    expect(chooseExtraction(BASE)).toMatchObject({ take: 'readability', rule: 'agree' });
  });
  it('takes the density text when Readability found almost nothing', () => {
    expect(chooseExtraction({ ...BASE, readabilityChars: 50, sharedChars: 0 })).toMatchObject({ take: 'density', rule: 'readability-empty' });
  });
  it('takes the density text when Readability kept mostly links', () => {
    expect(chooseExtraction({ ...BASE, readabilityLinkDensity: 0.7, sharedChars: 100 })).toMatchObject({ take: 'density', rule: 'readability-mostly-links' });
  });
  it('takes the density text when Readability kept a fragment of a much larger good region', () => {
    expect(chooseExtraction({ ...BASE, readabilityChars: 800, sharedChars: 780, densityChars: 4000 })).toMatchObject({ take: 'density', rule: 'readability-fragment' });
  });
  it('merges when good blocks inside or next to Readability\'s span are missing', () => {
    expect(chooseExtraction({ ...BASE, lostInside: 2 })).toMatchObject({ take: 'merge', rule: 'add-lost-blocks' });
    expect(chooseExtraction({ ...BASE, lostAtEdges: 1 })).toMatchObject({ take: 'merge', rule: 'add-lost-blocks' });
  });
  it('does not take a short density text over an empty Readability', () => {
    expect(chooseExtraction({ ...BASE, readabilityChars: 0, sharedChars: 0, densityChars: 300 })).toMatchObject({ take: 'readability' });
  });
});

describe('trimRule', () => {
  it('takes out a heading after the article end that no good text follows', () => {
    expect(trimRule('heading', 'bad', 'after')).toBe('heading-without-text');
  });
  it('keeps a heading above the article start (the headline area), inside the article, and any heading judged good', () => {
    expect(trimRule('heading', 'bad', 'before')).toBeNull();
    expect(trimRule('heading', 'bad', 'inside')).toBeNull();
    expect(trimRule('heading', 'good', 'after')).toBeNull();
  });
  it('never takes out running text, lists, tables or captions', () => {
    for (const kind of ['text', 'list', 'table', 'code', 'quote', 'caption'] as const) expect(trimRule(kind, 'bad', 'after')).toBeNull();
  });
});

const parse = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
const P = (n: number) =>
  `<p>Paragraph ${n}: the council said on Monday that it would not raise the fees this year, because the new budget that was approved in the spring has left more money for the schools than they had expected, and the mayor said so too.</p>`;
const NAV = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Politics</a></li><li><a href="/c">Sports</a></li></ul>';
const ITEM = (n: number) => `<li>Item ${n}: the money that was left over will go to the library and to the repairs of the old school roof, as the council has decided, so that the work can start in the summer when there are no classes.</li>`;

describe('secondOpinion', () => {
  it('puts back a list Readability dropped, where it stood', () => {
    const page = parse(`${NAV}<article>${P(1)}<ul>${ITEM(1)}${ITEM(2)}</ul>${P(2)}${P(3)}</article>${NAV}`);
    const mine = parse(`<div id="content">${P(1)}${P(2)}${P(3)}</div>`);
    const content = mine.getElementById('content')!;
    const { content: out, choice } = secondOpinion(content, page.body, new Set(), mine);
    expect(choice.rule).toBe('add-lost-blocks');
    const text = out!.textContent!;
    expect(text.indexOf('Item 1')).toBeGreaterThan(text.indexOf('Paragraph 1'));
    expect(text.indexOf('Item 2')).toBeLessThan(text.indexOf('Paragraph 2'));
    expect(out!.querySelectorAll('ul > li')).toHaveLength(2);
    expect(text).not.toContain('Politics');
  });

  it('leaves Readability\'s content alone when both agree', () => {
    const page = parse(`${NAV}<article>${P(1)}${P(2)}</article>${NAV}`);
    const mine = parse(`<div id="content">${P(1)}${P(2)}</div>`);
    const content = mine.getElementById('content')!;
    const before = content.innerHTML;
    const { content: out, choice } = secondOpinion(content, page.body, new Set(), mine);
    expect(choice.rule).toBe('agree');
    expect(out).toBe(content);
    expect(out!.innerHTML).toBe(before);
  });

  it('takes out a trailing heading with no text after it, but not a caption, from Readability\'s content', () => {
    const body = `${P(1)}${P(2)}<figure><img src="a.jpg"><figcaption>Photo: Agency</figcaption></figure><h2>More from the town desk</h2>`;
    const page = parse(`${NAV}<article>${body}</article>${NAV}`);
    const mine = parse(`<div id="content">${body}</div>`);
    const content = mine.getElementById('content')!;
    const { content: out } = secondOpinion(content, page.body, new Set(), mine);
    expect(out!.textContent).not.toContain('More from the town desk');
    expect(out!.textContent).toContain('Photo: Agency');
    expect(out!.textContent).toContain('Paragraph 2');
  });

  it('stands in for Readability when it found nothing', () => {
    const page = parse(`${NAV}<div>${P(1)}${P(2)}${P(3)}</div>${NAV}`);
    const { content: out, choice } = secondOpinion(null, page.body, new Set(), page);
    expect(choice.rule).toBe('readability-empty');
    expect(out!.textContent).toContain('Paragraph 3');
    expect(out!.textContent).not.toContain('Home');
  });
});
