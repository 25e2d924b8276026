// The side panel's browser layer: which events of the browser it passes on (its own window only,
// finished loads only, grant messages only) and how it tells a granted tab from one kept closed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TAB_GRANTED, tabAccess, watchPanelTabs, type TabEvents } from '../../utils/browser/panel-tabs';

const WINDOW = 7;
const OTHER_WINDOW = 8;

describe('watchPanelTabs', () => {
  let on: { [K in keyof TabEvents]: ReturnType<typeof vi.fn> };
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    on = { activated: vi.fn(), loaded: vi.fn(), granted: vi.fn() };
    stop = watchPanelTabs(WINDOW, on as unknown as TabEvents);
  });
  afterEach(() => stop());

  it('passes on tab switches in its own window only', async () => {
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: WINDOW });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: OTHER_WINDOW });
    expect(on.activated.mock.calls).toEqual([[3]]);
  });

  it('passes on finished loads in its own window, not the start of a load', async () => {
    const tab = (windowId: number) => ({ id: 3, windowId, index: 0, active: true, pinned: false, highlighted: true, incognito: false });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tab(WINDOW));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab(OTHER_WINDOW));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab(WINDOW));
    expect(on.loaded.mock.calls).toEqual([[3]]);
  });

  it("passes on the popup's grant and ignores other messages", async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'ping' }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: TAB_GRANTED, tabId: 'x' }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: TAB_GRANTED, tabId: 5 }, {});
    expect(on.granted.mock.calls).toEqual([[5]]);
  });

  it('stops listening when asked', async () => {
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: WINDOW });
    expect(on.activated).not.toHaveBeenCalled();
  });
});

describe('tabAccess', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a visible URL as the grant, a hidden one as not yet, a missing tab as closed', async () => {
    const seen = await fakeBrowser.tabs.create({ url: 'https://example.org/news' });
    const hidden = await fakeBrowser.tabs.create({});
    expect(await tabAccess(seen.id!)).toBe('readable');
    expect(await tabAccess(hidden.id!)).toBe('needs-grant');
    expect(await tabAccess(9999)).toBe('closed');
  });
});
