// A content script injected again (the popup opened twice, the page cleaned twice) must not add a
// second listener or retake its snapshot: the first injection marks the script world it runs in.
//
// Each injection evaluates the bundle afresh, so a module-scoped flag would not see the last one;
// the mark has to live on the world's global object. It is keyed by a Symbol, never by a name:
// the page's elements become named properties of `window` in every world (`<img name=x>`,
// `<div id=x>`), and a string key can be shadowed by them, a symbol key cannot. Symbol.for's
// registry is the world's own, which the page's scripts never see.

/** True the first time it is called with `key` in this script world (`scope`: its global), false after. */
export function installOnce(key: symbol, scope: object = globalThis): boolean {
  const g = scope as Record<symbol, unknown>;
  if (Object.prototype.hasOwnProperty.call(g, key)) return false;
  Object.defineProperty(g, key, { value: true, enumerable: false, configurable: false, writable: false });
  return true;
}

/**
 * What `create` made the first time it was called with `key` in this script world; every later call
 * gets that same value back (a second injection answers from the first one's state). Kept under the
 * same kind of mark as installOnce's, which the page can neither shadow nor overwrite.
 */
export function oncePerWorld<T>(key: symbol, create: () => T, scope: object = globalThis): T {
  const g = scope as Record<symbol, T>;
  if (Object.prototype.hasOwnProperty.call(g, key)) return g[key];
  const value = create();
  Object.defineProperty(g, key, { value, enumerable: false, configurable: false, writable: false });
  return value;
}

export const READER_INSTALLED = Symbol.for('clear-news-reader/reader-installed');
export const LIVE_CLEAN_INSTALLED = Symbol.for('clear-news-reader/live-clean-installed');
