// Chrome's real storage quotas, modelled over WXT's fakeBrowser (which stores anything): a test
// that saves more than Chrome would accept fails here with Chrome's own message.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** As Chrome counts an item: its key plus the JSON text of its value, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

export const CHROME_SYNC = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 };
/** storage.local since Chrome 114 (5 MB before), without the unlimitedStorage permission. */
export const CHROME_LOCAL_QUOTA_BYTES = 10_485_760;

/** Makes fakeBrowser's sync and local areas refuse what Chrome refuses; returns the undo. */
export function enforceChromeQuotas(): () => void {
  const sync = fakeBrowser.storage.sync;
  const local = fakeBrowser.storage.local;
  const syncSet = sync.set.bind(sync);
  const localSet = local.set.bind(local);
  const after = async (area: typeof sync, items: Record<string, unknown>) => ({ ...(await area.get(null)), ...JSON.parse(JSON.stringify(items)) });
  const spies = [
    vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > CHROME_SYNC.QUOTA_BYTES_PER_ITEM) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
      }
      const all = await after(sync, items);
      if (Object.keys(all).length > CHROME_SYNC.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
      const total = Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
      if (total > CHROME_SYNC.QUOTA_BYTES) throw new Error(`QUOTA_BYTES quota exceeded (${total} bytes)`);
      return syncSet(items);
    }),
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const total = Object.entries(await after(local, items)).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
      if (total > CHROME_LOCAL_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      return localSet(items);
    }),
  ];
  return () => spies.forEach((s) => s.mockRestore());
}

/** Bytes everything in sync storage takes, as Chrome counts them. */
export async function syncBytesInUse(): Promise<number> {
  return Object.entries(await fakeBrowser.storage.sync.get(null)).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
}
