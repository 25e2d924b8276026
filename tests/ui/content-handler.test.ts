// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract-page';
import { DEFAULT_SETTINGS, setPackEnabled } from '../../utils/settings';
import { createReaderHandler, type PageAccess } from '../../utils/browser/content-handler';
import { isReaderRequest } from '../../utils/browser/messages';
import { HIDDEN_ATTR } from '../../utils/browser/live-clean';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtureDir = path.join(here, '..', 'fixtures', 'pages', 'daily8-article');
const expected = JSON.parse(readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as {
  url: string; title: string; mustKeep: string[]; removedAtLeast: Record<string, number>;
};

// A parsed document stands in for the live tab; `dom.window` is the test environment's window.
function livePage(url = expected.url) {
  const document = new DOMParser().parseFromString(readFileSync(path.join(fixtureDir, 'source.html'), 'utf8'), 'text/html');
  let current = url;
  const page: PageAccess = { document, url: () => current };
  return { page, dom: { window: { document, getComputedStyle: (el: Element) => window.getComputedStyle(el) } }, setUrl: (u: string) => (current = u) };
}

const settings = { ...DEFAULT_SETTINGS, now: Date.parse('2025-08-07T12:00:00Z') };

describe('content-script message handler', () => {
  it('answers extract with a PageResult computed from a snapshot, leaving the live page as it was', async () => {
    const { page, dom } = livePage();
    const before = dom.window.document.documentElement.outerHTML;
    const handler = createReaderHandler(page, extractPage);
    const res = await handler.handle({ type: 'extract', settings });
    if (!res.ok || !('result' in res)) throw new Error(`no result: ${JSON.stringify(res)}`);
    expect(res.result.kind).toBe('article');
    expect(res.result.article?.title).toBe(expected.title);
    for (const sentence of expected.mustKeep.slice(0, 2)) expect(res.result.article?.textContent).toContain(sentence);
    expect(JSON.parse(JSON.stringify(res.result))).toEqual(res.result);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });

  it('re-extracts from the snapshot even after the site rewrites its page', async () => {
    const { page, dom } = livePage();
    const handler = createReaderHandler(page, extractPage);
    dom.window.document.body.innerHTML = '<p>Page replaced by a script</p>';
    const res = await handler.handle({ type: 'extract', settings });
    expect(res.ok && 'result' in res && res.result.article?.textContent).toContain(expected.mustKeep[0]);
  });

  it('takes a new snapshot when a single-page site moves to another URL', async () => {
    const { page, dom, setUrl } = livePage();
    const handler = createReaderHandler(page, extractPage);
    dom.window.document.body.innerHTML = '<main><h1>Another page</h1><p>Short.</p></main>';
    setUrl(expected.url + '-next');
    const res = await handler.handle({ type: 'extract', settings });
    expect(res.ok && 'result' in res && (res.result.article?.textContent ?? '')).not.toContain(expected.mustKeep[0]);
  });

  it('reflects a filter switched off in the next answer', async () => {
    const { page } = livePage();
    const handler = createReaderHandler(page, extractPage);
    const packId = Object.keys(expected.removedAtLeast)[0];
    const on = await handler.handle({ type: 'extract', settings });
    const off = await handler.handle({ type: 'extract', settings: setPackEnabled(settings, packId, false) });
    if (!on.ok || !('result' in on) || !off.ok || !('result' in off)) throw new Error('extract failed');
    expect(on.result.removed.find((r) => r.filter === packId)?.count ?? 0).toBeGreaterThan(0);
    expect(off.result.removed.find((r) => r.filter === packId)).toBeUndefined();
  });

  it('answers ping with the page URL', async () => {
    const { page } = livePage();
    expect(await createReaderHandler(page, extractPage).handle({ type: 'ping' })).toEqual({ ok: true, url: expected.url });
  });

  it('says a PDF cannot be read instead of extracting it', async () => {
    const { page } = livePage();
    Object.defineProperty(page.document, 'contentType', { value: 'application/pdf' });
    expect(await createReaderHandler(page, extractPage).handle({ type: 'extract', settings })).toEqual({ ok: false, unreadable: 'pdf' });
  });

  it('hides clutter on the live page reversibly, without removing nodes', async () => {
    const { page, dom } = livePage();
    const doc = dom.window.document;
    const count = doc.getElementsByTagName('*').length;
    const targets = Array.from(doc.querySelectorAll('body > *')).slice(0, 2);
    const handler = createReaderHandler(page, extractPage, () => [...targets, doc.body]);
    const on = await handler.handle({ type: 'clean-live-page', on: true, settings });
    expect(on).toEqual({ ok: true, hidden: targets.length });
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(targets.length);
    expect(doc.body.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(dom.window.getComputedStyle(targets[0]).display).toBe('none');
    const off = await handler.handle({ type: 'clean-live-page', on: false, settings });
    expect(off).toEqual({ ok: true, hidden: 0 });
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
    expect(doc.getElementsByTagName('*').length).toBe(count);
  });

  it('reports that live cleaning is unavailable without a clutter finder', async () => {
    const { page } = livePage();
    const res = await createReaderHandler(page, extractPage).handle({ type: 'clean-live-page', on: true, settings });
    expect(res.ok).toBe(false);
  });

  it('ignores messages that are not ours', () => {
    expect(isReaderRequest({ type: 'extract', settings: {} })).toBe(true);
    expect(isReaderRequest({ type: 'other' })).toBe(false);
    expect(isReaderRequest('extract')).toBe(false);
    expect(isReaderRequest(null)).toBe(false);
  });
});
