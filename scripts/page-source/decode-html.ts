// Page bytes to text the way a browser decodes a saved page with no HTTP header: a byte-order mark,
// else a <meta charset> (or http-equiv Content-Type) near the top, else UTF-8 when the bytes are valid
// UTF-8, else windows-1252. Shared by the CLI and the bench so both read a page as a reader would see it.
// One step a browser leaves to its encoding detector: UTF-16 saved without a byte-order mark, which
// any other reading turns into text with a NUL between every two letters.

export type EncodingSource = 'bom' | 'utf-16-pattern' | 'meta' | 'utf-8' | 'fallback';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "shift_jis". */
  encoding: string;
  source: EncodingSource;
}

/** How far the pre-scan looks for a <meta> charset (the HTML standard's pre-scan reads 1024 bytes). */
const PRESCAN_BYTES = 1024;
/**
 * A <meta> charset further down the <head> still applies: the parser meets it there and the
 * browser reloads the page with it. Past this many bytes (or past <body>) nothing is looked for.
 */
const HEAD_SCAN_BYTES = 64 * 1024;

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  const utf16 = utf16ByPattern(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, source: 'utf-16-pattern' };
  const declared = declaredEncoding(bytes);
  if (declared) return { text: decodeAs(declared, bytes), encoding: declared, source: 'meta' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'utf-8' };
  } catch {
    return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', source: 'fallback' };
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * Node 20's TextDecoder reads windows-1252 (and so iso-8859-1, its alias) as Latin-1, turning the
 * curly quotes, dashes and euro sign of 0x80–0x9F into invisible control characters; browsers map them.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    s += chunk.join('');
  }
  return s;
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark: its markup is ASCII, whose high byte is zero, so one byte in
 * each pair of many pairs is NUL, always on the same side (text in CJK scripts has fewer, but the
 * tags alone make a tenth of the pairs). HTML in an 8-bit encoding or UTF-8 has no NUL bytes.
 */
export function utf16ByPattern(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const enough = (n / 2) * 0.1;
  if (oddZero >= enough && oddZero > evenZero * 8) return 'utf-16le';
  if (evenZero >= enough && evenZero > oddZero * 8) return 'utf-16be';
  return null;
}

/** The encoding a <meta> in the page's head declares, as a WHATWG name, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one char, so offsets stay byte offsets and ASCII markup reads as is.
  const head = latin1(bytes.subarray(0, HEAD_SCAN_BYTES));
  const first = scanMetas(head.slice(0, PRESCAN_BYTES), false);
  if (first) return first;
  const bodyAt = head.search(/<body[\s>\/]/i);
  return scanMetas(bodyAt >= 0 ? head.slice(0, bodyAt) : head, true);
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

const META_RE = /<meta(?=[\s\/])([^>]*)>/gi;
const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function scanMetas(html: string, cutLast: boolean): string | null {
  // Comments hide what is inside them (IE conditional comments often hold a second <meta>).
  const text = html.replace(/<!--[\s\S]*?(-->|$)/g, '');
  for (const m of text.matchAll(META_RE)) {
    // A tag cut off by the end of the scanned bytes is not read.
    if (cutLast && m.index! + m[0].length > text.length) continue;
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(ATTR_RE)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, a[2] ?? a[3] ?? a[4] ?? '');
    }
    let label: string | null = null;
    if (attrs.has('charset')) label = attrs.get('charset')!;
    else if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') label = charsetFromContent(attrs.get('content') ?? '');
    const encoding = label === null ? null : supported(label);
    if (encoding) return encoding;
  }
  return null;
}

/** The charset parameter of a Content-Type value, e.g. `text/html; charset=iso-8859-1`. */
function charsetFromContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** The WHATWG encoding for a label, with the standard's overrides for <meta>; null when unknown. */
function supported(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16; x-user-defined is read as windows-1252.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  if (encoding === 'x-user-defined') return 'windows-1252';
  return encoding;
}
