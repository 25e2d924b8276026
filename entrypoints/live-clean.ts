// Injected on demand, only when the person asks to clean the page itself (scripting.executeScript,
// like reader.ts, and an unlisted script for the same reason: nothing announced to the page). It
// answers "clean-live-page" and "live-clean-state"; the snapshot script answers the rest.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { installOnce, LIVE_CLEAN_INSTALLED } from '../utils/tab/install-once';
import { isLiveCleanRequest, isReaderRequest } from '../utils/tab/messages';
import { createLiveCleaner } from '../utils/tab/content-handler';
import { findLiveClutter } from '../utils/tab/live-clutter';
import { setSelectorProbeDocument } from '../utils/settings';

export default defineUnlistedScript(() => {
  if (!installOnce(LIVE_CLEAN_INSTALLED)) return;
  setSelectorProbeDocument(document);

  const cleaner = createLiveCleaner({ document, url: () => location.href }, findLiveClutter);
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isReaderRequest(msg) || !isLiveCleanRequest(msg)) return undefined;
    return Promise.resolve(cleaner.handle(msg));
  });
});
