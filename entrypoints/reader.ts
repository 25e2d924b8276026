// Injected on demand by the popup / reader tab (scripting.executeScript), never declared for any
// site: the extension touches a page only after the person asks for it. It snapshots the page; the
// reading pipeline runs in the extension page (see messages.ts), and cleaning the page itself is
// live-clean.ts's, injected only when asked for.
//
// An unlisted script, not a WXT content script: WXT's content-script wrapper announces every start
// to the page (a window.postMessage and a document event whose names carry the extension's id),
// which tells any page which extension is reading it. Injected on demand, we need none of what that
// wrapper's context offers.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { oncePerWorld, READER_INSTALLED } from '../utils/tab/install-once';
import { isLiveCleanRequest, isReaderRequest } from '../utils/tab/messages';
import { createReaderHandler } from '../utils/tab/content-handler';

export default defineUnlistedScript(() => {
  // One handler (and one snapshot, one listener) per page, however often the script is injected.
  const handler = oncePerWorld(READER_INSTALLED, () => {
    const h = createReaderHandler({
      document,
      url: () => location.href,
      onComplete: (done) => {
        window.addEventListener('load', done, { once: true });
        return () => window.removeEventListener('load', done);
      },
    });
    browser.runtime.onMessage.addListener((msg: unknown) => {
      // The live-page cleaner's messages are live-clean.ts's to answer.
      if (!isReaderRequest(msg) || isLiveCleanRequest(msg)) return undefined;
      return h.handle(msg);
    });
    return h;
  });
  // The script's last value is what executeScript returns: the page's snapshot comes back with the
  // injection itself, instead of a message round trip after it.
  return handler.snapshot();
});
