// @vitest-environment jsdom
// A page still loading: the snapshot holds what has arrived, is taken again once the page has
// loaded, and "await-complete" answers on the load or after its timeout.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReaderHandler, type PageAccess } from '../../utils/tab/content-handler';

let readyState: DocumentReadyState = 'loading';
Object.defineProperty(document, 'readyState', { get: () => readyState, configurable: true });

function loadingPage(): { page: PageAccess; finishLoading: () => void } {
  readyState = 'loading';
  document.body.innerHTML = '<main><h1>Headline</h1><p>First paragraph, arrived.</p></main>';
  const listeners = new Set<() => void>();
  return {
    page: {
      document,
      url: () => 'https://news.example/a',
      onComplete: (done) => (listeners.add(done), () => listeners.delete(done)),
    },
    finishLoading: () => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Second paragraph, arrived late.</p>');
      readyState = 'complete';
      for (const l of [...listeners]) l();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('reading a page still loading', () => {
  it('snapshots what has arrived, marked incomplete, then the whole page once it has loaded', async () => {
    const { page, finishLoading } = loadingPage();
    const handler = createReaderHandler(page);
    const first = await handler.handle({ type: 'snapshot' });
    expect(first.ok && first.complete).toBe(false);
    expect(first.ok && first.html).toContain('First paragraph');
    expect(first.ok && first.html).not.toContain('Second paragraph');

    const waiting = handler.handle({ type: 'await-complete', timeoutMs: 5000 });
    finishLoading();
    expect(await waiting).toEqual({ ok: true, complete: true });

    const second = await handler.handle({ type: 'snapshot' });
    expect(second.ok && second.complete).toBe(true);
    expect(second.ok && second.html).toContain('Second paragraph');
    // Loaded once, the snapshot is kept: later changes by the site's scripts are not the article.
    document.body.innerHTML = '<p>Replaced by a script</p>';
    const third = await handler.handle({ type: 'snapshot' });
    expect(third.ok && third.html).toContain('Second paragraph');
  });

  it('answers "not complete" when the page has not loaded within the timeout', async () => {
    vi.useFakeTimers();
    const { page } = loadingPage();
    const handler = createReaderHandler(page);
    const waiting = handler.handle({ type: 'await-complete', timeoutMs: 15_000 });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await waiting).toEqual({ ok: true, complete: false });
  });

  it('answers at once for a page that has loaded', async () => {
    const { page } = loadingPage();
    readyState = 'complete';
    expect(await createReaderHandler(page).handle({ type: 'await-complete', timeoutMs: 60_000 })).toEqual({ ok: true, complete: true });
  });
});
