// The extension page's half of reading a tab: parse the snapshot once into an inert document, then
// run the pipeline on it as often as the settings change (extractPage clones, so it stays pristine).
import { extractPage } from '../extract-page';
import type { PageResult, Settings } from '../types';
import type { PageSnapshot } from './messages';

export interface ParsedPage {
  url: string;
  doc: Document;
}

export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): ParsedPage {
  return { url: snapshot.url, doc: parser.parseFromString(snapshot.html, 'text/html') };
}

export function readPage(page: ParsedPage, settings: Settings, now = Date.now()): PageResult {
  return extractPage(page.doc, page.url, settings, { now });
}
