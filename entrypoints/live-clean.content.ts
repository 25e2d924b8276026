// Injected on demand, only when the person asks to clean the page itself (scripting.executeScript,
// like reader.content.ts). It answers "clean-live-page" alone; the snapshot script answers the rest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { installOnce } from '../utils/tab/install-once';
import { isReaderRequest } from '../utils/tab/messages';
import { createLiveCleaner } from '../utils/tab/content-handler';
import { findLiveClutter } from '../utils/tab/live-clutter';
import { setSelectorProbeDocument } from '../utils/settings';

export default defineContentScript({
  registration: 'runtime',
  main() {
    if (!installOnce('__clearNewsLiveCleanInstalled')) return;
    setSelectorProbeDocument(document);

    const clean = createLiveCleaner({ document, url: () => location.href }, findLiveClutter);
    browser.runtime.onMessage.addListener((msg: unknown) => {
      if (!isReaderRequest(msg) || msg.type !== 'clean-live-page') return undefined;
      return Promise.resolve(clean(msg.on, msg.settings ?? {}));
    });
  },
});
