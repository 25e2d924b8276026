import { describe, expect, it } from 'vitest';
import { coversText, type PinnedBox, type Viewport } from '../../utils/tab/covers-text';

// A 1100 × 900 window with the text in a 680 px column from x = 30 to x = 710.
const VIEW: Viewport = { width: 1100, height: 900, column: { left: 30, right: 710 } };

function pinned(box: [left: number, top: number, right: number, bottom: number], more: Partial<PinnedBox> = {}): PinnedBox {
  const [left, top, right, bottom] = box;
  return { box: { left, top, right, bottom }, edge: 'none', navigation: false, holdsArticle: false, ...more };
}

describe('coversText', () => {
  it('takes bars pinned over the text: an app bar at the bottom, a comment prompt, a promo bar at the top', () => {
    expect(coversText(pinned([0, 828, 1100, 900], { edge: 'bottom' }), VIEW)).toBe(true);
    expect(coversText(pinned([30, 850, 710, 900], { edge: 'bottom' }), VIEW)).toBe(true);
    expect(coversText(pinned([0, 0, 1100, 56], { edge: 'top' }), VIEW)).toBe(true);
  });

  it('takes a floating box that reaches into the column, and a small one that sits on it', () => {
    expect(coversText(pinned([644, 508, 1084, 808]), VIEW)).toBe(true);
    expect(coversText(pinned([640, 800, 690, 850]), VIEW)).toBe(true);
  });

  it('takes an overlay over much of the window wherever the text is, even made of links', () => {
    expect(coversText(pinned([0, 0, 1100, 900], { navigation: true, edge: 'top' }), { ...VIEW, column: null })).toBe(true);
    expect(coversText(pinned([600, 0, 1100, 900]), VIEW)).toBe(true);
    // A panel down the far side, over no text, is the reader's own business.
    expect(coversText(pinned([800, 0, 1100, 900]), VIEW)).toBe(false);
  });

  it("keeps the site's thin navigation at the top, but not a tall one", () => {
    expect(coversText(pinned([0, 0, 1100, 52], { navigation: true, edge: 'top' }), VIEW)).toBe(false);
    expect(coversText(pinned([0, 0, 1100, 200], { navigation: true, edge: 'top' }), VIEW)).toBe(true);
    // A navigation bar pinned to the bottom is in the way of the last lines of every screen.
    expect(coversText(pinned([0, 840, 1100, 900], { navigation: true, edge: 'bottom' }), VIEW)).toBe(true);
  });

  it('keeps what covers no text: a rail beside the column, a hairline, a box with no size', () => {
    expect(coversText(pinned([750, 72, 1050, 400], { edge: 'top' }), VIEW)).toBe(false);
    expect(coversText(pinned([0, 0, 400, 4], { edge: 'top' }), VIEW)).toBe(false);
    expect(coversText(pinned([100, 100, 100, 300]), VIEW)).toBe(false);
    // A sliver of overlap at the column's edge is a margin box drawn a little wide.
    expect(coversText(pinned([700, 100, 1000, 400]), VIEW)).toBe(false);
  });

  it('never takes a box that holds the article, however large', () => {
    expect(coversText(pinned([0, 0, 1100, 900], { holdsArticle: true }), VIEW)).toBe(false);
  });

  it('reads the whole width as text when the page has no paragraphs to place the column', () => {
    expect(coversText(pinned([900, 700, 1080, 760]), { ...VIEW, column: null })).toBe(true);
  });
});
