// The extension page's half of reading a tab: parse the snapshot once into an inert document, then
// run the pipeline on it as often as the settings change (extractPage clones, so it stays pristine).
import { extractPageStaged, type StagedResult } from '../extract-page';
import type { Settings } from '../types';
import type { PageSnapshot } from './messages';

export interface ParsedPage {
  url: string;
  doc: Document;
}

export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): ParsedPage {
  return { url: snapshot.url, doc: parser.parseFromString(snapshot.html, 'text/html') };
}

/** The result to show now, and its explanation (what the filters did) to work out once it is shown. */
export function readPage(page: ParsedPage, settings: Settings, now = Date.now()): StagedResult {
  return extractPageStaged(page.doc, page.url, settings, { now });
}
