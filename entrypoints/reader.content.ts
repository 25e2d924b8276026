// Injected on demand by the popup / reader tab (scripting.executeScript), never declared for any
// site: the extension touches a page only after the person asks for it. It snapshots the page and
// marks clutter on request; the reading pipeline itself runs in the extension page (see messages.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { isReaderRequest } from '../utils/browser/messages';
import { createReaderHandler } from '../utils/browser/content-handler';
import { findLiveClutter } from '../utils/browser/live-clutter';

const INSTALLED = '__clearNewsReaderInstalled';

export default defineContentScript({
  registration: 'runtime',
  main() {
    // A second injection (popup opened twice) must not add a second listener or retake the snapshot.
    const g = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
    if (g[INSTALLED]) return;
    g[INSTALLED] = true;

    const handler = createReaderHandler({ document, url: () => location.href }, findLiveClutter);
    browser.runtime.onMessage.addListener((msg: unknown) => {
      if (!isReaderRequest(msg)) return undefined;
      return handler.handle(msg);
    });
  },
});
