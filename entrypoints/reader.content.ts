// Injected on demand by the popup / reader tab (scripting.executeScript), never declared for any
// site: the extension touches a page only after the person asks for it. It snapshots the page; the
// reading pipeline runs in the extension page (see messages.ts), and cleaning the page itself is
// live-clean.content.ts's, injected only when asked for.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { installOnce } from '../utils/tab/install-once';
import { isReaderRequest } from '../utils/tab/messages';
import { createReaderHandler } from '../utils/tab/content-handler';

export default defineContentScript({
  registration: 'runtime',
  main() {
    if (!installOnce('__clearNewsReaderInstalled')) return;

    const handler = createReaderHandler({ document, url: () => location.href });
    browser.runtime.onMessage.addListener((msg: unknown) => {
      // "clean-live-page" is live-clean.content.ts's to answer.
      if (!isReaderRequest(msg) || msg.type === 'clean-live-page') return undefined;
      return handler.handle(msg);
    });
  },
});
