// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CHARS, LONG_ARTICLE_CHARS, splitFirstScreen } from '../../components/progressive-render';

function fragmentOf(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

const para = (i: number) => `<p>Paragraph ${i} ${'word '.repeat(60)}</p>`;

describe('splitFirstScreen', () => {
  it('keeps a short article whole', () => {
    const f = fragmentOf(`<div id="page">${[1, 2, 3].map(para).join('')}</div>`);
    const { rest } = splitFirstScreen(f);
    expect(rest).toEqual([]);
    expect(f.querySelectorAll('p')).toHaveLength(3);
  });

  it('cuts a long article inside its wrapper after about a screen of text, and loses no block', () => {
    const count = Math.ceil(LONG_ARTICLE_CHARS / 300) + 20;
    const f = fragmentOf(`<div id="page">\n${Array.from({ length: count }, (_, i) => para(i)).join('\n')}\n</div>`);
    const { container, first, rest } = splitFirstScreen(f);
    expect((container as Element).id).toBe('page');
    const firstText = first.map((n) => n.textContent ?? '').join('');
    expect(firstText.length).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(firstText.length).toBeLessThan(FIRST_SCREEN_CHARS + 400);
    // The rest left the fragment, in order, and first + rest is every block.
    expect(f.querySelectorAll('p').length + rest.filter((n) => n.nodeName === 'P').length).toBe(count);
    expect(rest.find((n) => n.nodeName === 'P')?.textContent).toMatch(new RegExp(`^Paragraph ${f.querySelectorAll('p').length} `));
  });

  it('cuts at the top level when there is no single wrapper', () => {
    const count = Math.ceil(LONG_ARTICLE_CHARS / 300) + 5;
    const f = fragmentOf(Array.from({ length: count }, (_, i) => para(i)).join(''));
    const { container, rest } = splitFirstScreen(f);
    expect(container).toBe(f);
    expect(rest.length).toBeGreaterThan(0);
  });
});
