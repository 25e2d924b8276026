// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CHARS, LONG_ARTICLE_CHARS, splitFirstScreen } from '../../components/progressive-render';

const para = (i: number) => `<p>Paragraph ${i} ${'word '.repeat(60)}</p>`;
const paras = (count: number) => Array.from({ length: count }, (_, i) => para(i)).join('\n');
const textOf = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
};

describe('splitFirstScreen', () => {
  it('keeps a short article whole', () => {
    expect(splitFirstScreen(`<div id="page">${paras(3)}</div>`)).toBeNull();
  });

  it('cuts a long article inside its wrapper after about a screen of text, and loses no block', () => {
    const count = Math.ceil(LONG_ARTICLE_CHARS / 300) + 20;
    const [first, rest] = splitFirstScreen(`<div id="page">\n${paras(count)}\n</div>`)!;
    const firstText = textOf(first).textContent!;
    expect(firstText.length).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(firstText.length).toBeLessThan(FIRST_SCREEN_CHARS + 400);
    const all = [...textOf(first).querySelectorAll('p'), ...textOf(rest).querySelectorAll('p')].map((p) => p.textContent);
    expect(all).toEqual(Array.from({ length: count }, (_, i) => textOf(para(i)).textContent));
  });

  it('does not split inside a wrapper with a look of its own', () => {
    const count = Math.ceil(LONG_ARTICLE_CHARS / 300) + 5;
    const [first, rest] = splitFirstScreen(`<blockquote>${paras(count)}</blockquote><p>After.</p>`)!;
    expect(textOf(first).querySelectorAll('blockquote > p')).toHaveLength(count);
    expect(rest).toBe('<p>After.</p>');
    expect(splitFirstScreen(`<blockquote>${paras(count)}</blockquote>`)).toBeNull();
  });
});
