// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveMarks } from '../../utils/tab/live-clean';

/** jsdom lays nothing out: the test says where the element is drawn (innerWidth × innerHeight is 1024 × 768). */
function drawnAt(el: Element, left: number, top: number, right: number, bottom: number): void {
  el.getBoundingClientRect = () => ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top, toJSON: () => ({}) });
}

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
});

describe('live marks', () => {
  it('lets the page scroll again when it hides a modal the site locked scrolling for, and locks it again when switched off', () => {
    document.body.setAttribute('style', 'overflow:hidden;  color: red');
    document.body.innerHTML = '<div id="modal" style="position: fixed; inset: 0"><p>Sign up</p></div><div id="bar" style="position: fixed; bottom: 0">App</div>';
    const modal = document.getElementById('modal')!;
    drawnAt(modal, 0, 0, 1024, 768);
    const marks = createLiveMarks(document);
    expect(marks.hide([modal])).toBe(1);
    expect(getComputedStyle(document.body).overflowY).toBe('visible');
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(marks.count).toBe(1);
    marks.unhideAll();
    expect(document.body.getAttribute('style')).toBe('overflow:hidden;  color: red');
    expect(modal.getAttribute('style')).toBe('position: fixed; inset: 0');
  });

  it('leaves the scroll lock alone when what it hides is a bar, not a modal', () => {
    document.body.setAttribute('style', 'overflow: hidden');
    document.body.innerHTML = '<div id="bar" style="position: fixed; bottom: 0">Open in App</div>';
    const bar = document.getElementById('bar')!;
    drawnAt(bar, 0, 700, 1024, 768);
    const marks = createLiveMarks(document);
    marks.hide([bar]);
    expect(document.body.getAttribute('style')).toBe('overflow: hidden');
    marks.unhideAll();
    expect(bar.getAttribute('style')).toBe('position: fixed; bottom: 0');
  });
});
