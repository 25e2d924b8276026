// The side panel's view of the browser: which tab of its window is active, whether the extension
// may read it yet, and the word from the popup that the user just granted a tab (a toolbar click).
// Without the "tabs" permission a tab's URL is hidden until the user invokes the extension on it
// (activeTab), so a visible URL is the grant's one outward sign.
import { browser } from 'wxt/browser';
import { TabError } from '../tab/tab-error';

/** Sent by the popup when it opens for a tab: opening it was the click that granted activeTab. */
export const TAB_GRANTED = 'cnr:tab-granted';

export interface TabGrantedMessage {
  type: typeof TAB_GRANTED;
  tabId: number;
}

export type TabAccess = 'readable' | 'needs-grant' | 'closed';

/** Side panel and sidebar APIs: one per browser, absent from the other's typings. */
interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const apis = browser as unknown as PanelApis;

/** `?window=<id>` picks the window to follow (browser tests open the panel page as a tab); else the panel's own. */
export async function panelWindowId(search: string): Promise<number> {
  const raw = new URLSearchParams(search).get('window');
  if (raw !== null && /^\d+$/.test(raw)) return Number(raw);
  const win = await browser.windows.getCurrent();
  if (win.id === undefined) throw new TabError('no-window');
  return win.id;
}

export async function activeTabIn(windowId: number): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab?.id ?? null;
}

export async function tabAccess(tabId: number): Promise<TabAccess> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return 'closed';
  return tab.url ? 'readable' : 'needs-grant';
}

export interface TabEvents {
  /** Another tab of the window came to the front. */
  activated: (tabId: number) => void;
  /** A tab of the window finished loading a new page (a navigation, a reload). */
  loaded: (tabId: number) => void;
  /** The popup opened for this tab: the user granted it just now. */
  granted: (tabId: number) => void;
}

/** Listens to the window's tab switches, page loads and grants; returns the unsubscribe. */
export function watchPanelTabs(windowId: number, on: TabEvents): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) on.activated(info.tabId);
  };
  const updated = (tabId: number, change: { status?: string }, tab: { windowId?: number }) => {
    if (change.status === 'complete' && tab.windowId === windowId) on.loaded(tabId);
  };
  const message = (msg: unknown) => {
    const m = msg as Partial<TabGrantedMessage> | null;
    if (m?.type === TAB_GRANTED && typeof m.tabId === 'number') on.granted(m.tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.runtime.onMessage.addListener(message);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.runtime.onMessage.removeListener(message);
  };
}

/** Tells an open side panel that this tab may be read now. No panel open: nobody listens, nothing to do. */
export function announceGrant(tabId: number): void {
  const msg: TabGrantedMessage = { type: TAB_GRANTED, tabId };
  void browser.runtime.sendMessage(msg).catch(() => undefined);
}

/** The toolbar button's keyboard shortcut as the person set it (empty when they removed it). */
export async function toolbarShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  // Chrome (MV3) names the toolbar command _execute_action, Firefox (MV2) _execute_browser_action.
  const cmd = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
  return cmd?.shortcut ?? '';
}

export function canOpenSidePanel(): boolean {
  return typeof apis.sidePanel?.open === 'function' || typeof apis.sidebarAction?.open === 'function';
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) and closes the popup, as openReaderTab does;
 * opened as a page (the browser tests, with ?tabId) it stays. Both browsers open a panel only inside
 * the handler of a person's click, so call it first thing in the handler, before any await.
 */
export async function openSidePanel(tabId: number, search: string): Promise<void> {
  // The open call itself runs before this function's first await: still inside the click.
  if (apis.sidePanel) await apis.sidePanel.open({ tabId });
  else if (apis.sidebarAction) await apis.sidebarAction.open();
  else throw new TabError('no-side-panel');
  if (!new URLSearchParams(search).has('tabId')) window.close();
}
