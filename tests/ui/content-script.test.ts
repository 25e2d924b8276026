// @vitest-environment jsdom
// The entrypoint itself, wired to fakeBrowser's runtime: what the popup sends is what it answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import readerScript from '../../entrypoints/reader';
import type { PingResponse, SnapshotResponse } from '../../utils/tab/messages';
import { parseSnapshot, readPage } from '../../utils/tab/page-reader';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { loadFixture } from '../support/fixture-pages';


describe('reader content script', () => {
  // What each injection returned: executeScript hands the script's last value to the extension page.
  const injected: unknown[] = [];
  beforeAll(() => {
    fakeBrowser.reset();
    const { html } = loadFixture('daily8-article');
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    injected.push(readerScript.main());
    // A second injection must not register a second listener (two answers would race).
    injected.push(readerScript.main());
  });

  it('returns the snapshot from the injection itself, and the same one from a second injection', () => {
    const [first, second] = injected as SnapshotResponse[];
    if (!first.ok || !second.ok) throw new Error('no snapshot');
    expect(first.url).toBe(location.href);
    expect(first.html).toContain('<body');
    expect(second).toEqual(first);
  });

  it('answers ping', async () => {
    const res = (await fakeBrowser.runtime.sendMessage({ type: 'ping' })) as PingResponse;
    expect(res).toEqual({ ok: true, url: location.href });
  });

  it('answers snapshot with the page, which reads as an article', async () => {
    const res = (await fakeBrowser.runtime.sendMessage({ type: 'snapshot' })) as SnapshotResponse;
    if (!res.ok) throw new Error('no snapshot');
    expect(res.url).toBe(location.href);
    const result = readPage(parseSnapshot(res), DEFAULT_SETTINGS).result;
    expect(result.kind).toBe('article');
    expect(result.article?.wordCount).toBeGreaterThan(200);
  });

  it('does not answer foreign messages', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'something-else' })).resolves.toBeUndefined();
  });
});
