// A saved page file as the CLI and the bench read it: decoded as a browser would (decode-html.ts),
// then reshaped the way a browser's parser builds it (parse-page.ts), ready for linkedom.
import { browserShapedHtml } from './parse-page';
import { readPageFile } from './read-page';

export function loadPageHtml(path: string): string {
  return browserShapedHtml(readPageFile(path).text);
}
