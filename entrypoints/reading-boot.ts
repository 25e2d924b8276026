// Loaded first by the popup and the reader tab (a plain <script> at the top of their HTML), before
// the app's bundle: it asks for the tab, its page and the stored settings at once, so the reader
// script's injection (tens of ms of the browser's own work) runs while the bundle (Preact and the
// whole reading pipeline, ~320 kB) is still being fetched, compiled and run. The app takes the answers over
// (components/begin-reading.ts). It imports nothing but first-requests.ts, and uses the browser's
// own API object rather than the polyfill, so it stays a file of about a kilobyte.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handOver, sendFirstRequests, type FirstRequestsApi } from '../utils/browser/first-requests';

export default defineUnlistedScript(() => {
  // Firefox's `browser` answers with promises; so does Chrome's `chrome` under Manifest V3.
  const g = globalThis as { browser?: FirstRequestsApi; chrome?: FirstRequestsApi };
  const api = g.browser?.scripting ? g.browser : g.chrome;
  if (!api?.scripting) return;
  // Marks for the browser tests' timing breakdown (performance.getEntriesByType('mark')).
  performance.mark('cnr:start');
  const sent = sendFirstRequests(api, location.search);
  if (sent) handOver(sent);
});
