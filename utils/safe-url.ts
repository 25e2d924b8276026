// URL checks shared by the pipeline's sanitizer, its metadata and every export format. Values are resolved with
// the WHATWG parser, which strips the tabs and newlines used to hide "java\tscript:" (control characters are
// dropped first, for "java\0script:"), and the normalized href is what gets written out, never the original string.

function resolve(value: string | null | undefined, base: string | null): URL | null {
  const trimmed = value?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!trimmed) return null;
  try {
    return base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
}

/** An absolute http(s) URL, for images and anything fetched. */
export function safeHttpUrl(value: string | null | undefined, base: string | null): string | null {
  const url = resolve(value, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/**
 * A link target: http(s), mailto, or an in-page "#fragment" kept as written (a saved file's own
 * anchors). With keepFragments false the fragment is made absolute: in a reader view a bare "#x"
 * would point into the extension page, not the article's page.
 */
export function safeLinkUrl(value: string | null | undefined, base: string | null, keepFragments = true): string | null {
  const trimmed = value?.trim();
  if (keepFragments && trimmed && /^#[^\s]*$/.test(trimmed)) return trimmed;
  const url = resolve(trimmed, base);
  if (!url) return null;
  return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
}
