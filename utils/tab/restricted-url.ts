// Pages no extension may script, or that hold no HTML to read. Kept free of browser APIs so the
// rules are unit-tested; the extension pages use them before trying to inject.

export type RestrictionKind =
  | 'browser-page' | 'extension-page' | 'data-url' | 'extension-store' | 'view-source' | 'pdf' | 'not-a-page' | 'local-file' | 'no-access';

export interface Restriction {
  kind: RestrictionKind;
  /** One sentence a person can act on. */
  message: string;
}

const MESSAGES: Record<RestrictionKind, string> = {
  'browser-page': "This is one of the browser's own pages. Browsers don't let extensions read or change them.",
  'extension-page': "This page belongs to an extension. Browsers don't let one extension read another's pages.",
  'data-url': "This page was opened from a data: address, which browsers don't let extensions read. Save it as a file or open its original address to read it clean.",
  'extension-store': 'Extension stores are protected: browsers block every extension from running on them.',
  'view-source': 'This is a view of the page source. Open the page itself to read it clean.',
  pdf: 'This is a PDF shown by the built-in PDF viewer, which extensions cannot read. Your browser already shows it as a document.',
  'not-a-page': 'This tab shows a single image or media file, not a web page with text to read.',
  'local-file': 'This is a file on your computer. Allow "Access to file URLs" for this extension in the extensions page to read it.',
  'no-access': "The browser didn't give this extension access to the page. Click the toolbar button (or press Alt+Shift+R) on the page, then try again.",
};

export function restriction(kind: RestrictionKind): Restriction {
  return { kind, message: MESSAGES[kind] };
}

const BROWSER_SCHEMES = [
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'resource:', 'devtools:', 'javascript:', 'blob:',
];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:'];

const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** The restriction for a tab's URL, or null when the page may be scriptable. Unknown URL: null (try it). */
export function restrictionForUrl(url: string | undefined | null): Restriction | null {
  if (!url) return null;
  if (url.startsWith('view-source:')) return restriction('view-source');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'data:') return restriction('data-url');
  const extension = EXTENSION_SCHEMES.includes(parsed.protocol);
  if (extension || BROWSER_SCHEMES.includes(parsed.protocol)) {
    // Chrome's PDF viewer lives at chrome-extension://<pdf viewer id>/...; Firefox's at resource://pdf.js.
    if (/\.pdf($|[?#])/i.test(url) || url.includes('pdf.js')) return restriction('pdf');
    return restriction(extension ? 'extension-page' : 'browser-page');
  }
  const host = parsed.hostname.toLowerCase();
  if (STORES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)))) {
    return restriction('extension-store');
  }
  if (parsed.protocol === 'file:') {
    return /\.pdf$/i.test(parsed.pathname) ? restriction('pdf') : null;
  }
  return null;
}

/** A web address whose path names a PDF file. */
function namesPdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Maps the browser's own injection errors (the only hint when the tab URL is hidden from us) to a restriction.
 * `url`: the tab's URL when known. Firefox shows a PDF in its own viewer at the PDF's web address and refuses
 * injection there with the same words as for a page it gave no access to; a toolbar click would not help.
 */
export function restrictionForError(message: string, url?: string): Restriction | null {
  const m = message.toLowerCase();
  if (m.includes('extensions gallery') || m.includes('webstore')) return restriction('extension-store');
  if (/cannot access (a |an )?(chrome|edge|about|chrome-extension|devtools|moz-extension)[:\w-]*/.test(m)) return restriction('browser-page');
  if (m.includes('cannot be scripted') || m.includes('missing host permission') || m.includes('cannot access contents of')) {
    if (m.includes('file://')) return restriction('local-file');
    return namesPdf(url) ? restriction('pdf') : restriction('no-access');
  }
  if (m.includes('file://') || m.includes('file urls')) return restriction('local-file');
  return null;
}
