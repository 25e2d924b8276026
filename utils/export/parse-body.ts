import type { ParseHtml } from './types.ts';

/**
 * The body of `html` parsed as a document, with adjacent text nodes merged: linkedom splits text at every entity
 * ("&lt;", "&amp;"), and converters that escape text node by node must see "<script>" whole to escape it.
 */
export function parseBody(parse: ParseHtml, html: string): HTMLElement {
  const doc = parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = doc.body;
  body.normalize();
  return body;
}
