// @vitest-environment jsdom
// The snapshot of a page built on web components holds what they show, not their empty shells.
import { afterEach, describe, expect, it } from 'vitest';
import { cloneComposed } from '../../utils/tab/composed-clone';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('cloneComposed', () => {
  it('copies open shadow roots in place, with slots filled by their light nodes', () => {
    document.body.innerHTML = '<p>Before</p><news-article><p slot="lede">Light lede</p><p>Light body</p></news-article><p>After</p>';
    const host = document.querySelector('news-article')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>h1{}</style><h1>Shadow headline</h1><slot name="lede"></slot><article-body></article-body><slot></slot>';
    // A component inside the component, with its own shadow root.
    shadow.querySelector('article-body')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested shadow paragraph</p>';
    const before = document.documentElement.outerHTML;

    const copy = cloneComposed(document);
    expect(Array.from(copy.body.querySelectorAll('h1, p')).map((el) => el.textContent)).toEqual([
      'Before', 'Shadow headline', 'Light lede', 'Nested shadow paragraph', 'Light body', 'After',
    ]);
    expect(copy.querySelector('h1')?.textContent).toBe('Shadow headline');
    expect(copy.querySelectorAll('slot')).toHaveLength(2);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('is a plain deep clone on a page without shadow roots', () => {
    document.body.innerHTML = '<article><h1>Title</h1><p>Text</p></article>';
    const copy = cloneComposed(document);
    expect(copy.body.innerHTML).toBe(document.body.innerHTML);
    expect(copy).not.toBe(document);
  });
});
