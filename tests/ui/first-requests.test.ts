// The first requests of an extension page (tab, page, settings), sent by the boot script before the
// app's bundle has loaded, and what the app makes of their answers: the tab's restriction before
// anything the injection says, a script that never ran, a tab id that names nothing.
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SCRIPT_FILE, handOver, sendFirstRequests, tabIdParam, takeFirstRequests, type BrowserTab, type FirstRequestsApi,
} from '../../utils/browser/first-requests';
import { RestrictedPageError, snapshotFromInjection, targetTabOf } from '../../utils/browser/tab-client';
import { TabError } from '../../utils/tab/tab-error';
import type { SnapshotResponse } from '../../utils/tab/messages';

const SNAPSHOT: SnapshotResponse = { ok: true, url: 'https://news.example/a', html: '<html></html>', takenAt: 1, complete: true };

function fakeApi(tabs: BrowserTab[], result: unknown = SNAPSHOT) {
  const api = {
    tabs: {
      get: vi.fn(async (id: number) => {
        const tab = tabs.find((t) => t.id === id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return tab;
      }),
      query: vi.fn(async () => tabs.slice(0, 1)),
    },
    scripting: { executeScript: vi.fn(async () => [{ result }]) },
    storage: { sync: { get: vi.fn(async (key: string) => (key === 'settings' ? { settings: { groupBy: 'source' } } : {})) } },
  };
  return api as typeof api & FirstRequestsApi;
}

describe('the first requests', () => {
  it('inject the reader script into the tab ?tabId= names, once its answer is in, and read the settings item', async () => {
    const api = fakeApi([{ id: 4, url: 'https://news.example/a' }]);
    const sent = sendFirstRequests(api, '?tabId=4')!;
    expect(await sent.tab).toEqual({ id: 4, url: 'https://news.example/a' });
    expect(await sent.injection).toEqual(SNAPSHOT);
    expect(await sent.settingsItem).toEqual({ groupBy: 'source' });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: [CONTENT_SCRIPT_FILE], injectImmediately: true });
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it('ask for the active tab of this window when no tab is named', async () => {
    const api = fakeApi([{ id: 9 }]);
    const sent = sendFirstRequests(api, '')!;
    expect((await sent.tab)?.id).toBe(9);
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('send nothing for a tab id that is no tab id, and inject nothing where there is no tab', async () => {
    expect(tabIdParam('?tabId=x')).toBeNaN();
    expect(tabIdParam('?tabId=-1')).toBeNaN();
    expect(tabIdParam('?tabId=12')).toBe(12);
    expect(tabIdParam('')).toBeNull();
    const api = fakeApi([]);
    expect(sendFirstRequests(api, '?tabId=x')).toBeNull();
    expect(await sendFirstRequests(api, '')!.injection).toBeUndefined();
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('are taken over once, and only for the query they were sent for', () => {
    const scope = {};
    const sent = sendFirstRequests(fakeApi([{ id: 4 }]), '?tabId=4')!;
    handOver(sent, scope);
    expect(takeFirstRequests('?tabId=5', scope)).toBeNull();
    handOver(sent, scope);
    expect(takeFirstRequests('?tabId=4', scope)).toBe(sent);
    expect(takeFirstRequests('?tabId=4', scope)).toBeNull();
  });
});

describe("the app's reading of their answers", () => {
  it('words a tab id that names nothing, a closed tab, and no active tab', async () => {
    await expect(targetTabOf('?tabId=x', null)).rejects.toMatchObject({ code: 'not-a-tab-id' });
    await expect(targetTabOf('?tabId=4', sendFirstRequests(fakeApi([]), '?tabId=4'))).rejects.toMatchObject({ code: 'tab-closed' });
    await expect(targetTabOf('', sendFirstRequests(fakeApi([]), ''))).rejects.toBeInstanceOf(TabError);
    expect(await targetTabOf('?tabId=4', sendFirstRequests(fakeApi([{ id: 4, title: 'A' }]), '?tabId=4'))).toEqual({ id: 4, url: undefined, title: 'A' });
  });

  it("takes the snapshot the injection returned", async () => {
    expect(await snapshotFromInjection({ id: 4, url: SNAPSHOT.url }, Promise.resolve(SNAPSHOT))).toEqual(SNAPSHOT);
  });

  it("says a browser page cannot be read, whatever its injection answers (it never answers on view-source:)", async () => {
    const never = new Promise<unknown>(() => {});
    await expect(snapshotFromInjection({ id: 4, url: 'view-source:https://news.example/a' }, never)).rejects.toMatchObject({ restriction: { kind: 'view-source' } });
    await expect(snapshotFromInjection({ id: 4, url: 'chrome://version' }, Promise.resolve(SNAPSHOT))).rejects.toBeInstanceOf(RestrictedPageError);
  });

  it("reads the browser's refusal as the restriction it names", async () => {
    const refused = Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    await expect(snapshotFromInjection({ id: 4 }, refused)).rejects.toMatchObject({ restriction: { kind: 'no-access' } });
  });

  it('tells a script that never ran on a hidden page (no access) from one that did not start on a known one', async () => {
    await expect(snapshotFromInjection({ id: 4 }, Promise.resolve(undefined))).rejects.toMatchObject({ restriction: { kind: 'no-access' } });
    await expect(snapshotFromInjection({ id: 4, url: SNAPSHOT.url }, Promise.resolve(undefined))).rejects.toMatchObject({ code: 'script-did-not-start' });
    await expect(snapshotFromInjection({ id: 4, url: SNAPSHOT.url }, Promise.resolve({ ok: true }))).rejects.toMatchObject({ code: 'script-did-not-start' });
  });
});
