// File names that every OS accepts: Windows is the strictest (reserved characters and device names, no trailing dot
// or space), ext4 and APFS cap a name at 255 bytes, and a leading dot or dash hides a file or reads as a CLI option.

export type ExportExtension = 'md' | 'html' | 'txt';

export const MAX_FILE_NAME_LENGTH = 120;
/** UTF-8 budget: 120 CJK characters would be 360 bytes, past the 255-byte limit of ext4 and APFS. */
const MAX_FILE_NAME_BYTES = 240;
/** A word-boundary cut is used only if it keeps at least this share of the room. */
const MIN_WORD_CUT_SHARE = 0.6;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** User-perceived characters, so a cut never splits a surrogate pair, an emoji sequence or a letter and its accent. */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

function fits(text: string, maxLength: number, maxBytes: number): boolean {
  return text.length <= maxLength && utf8Length(text) <= maxBytes;
}

function truncate(text: string, maxLength: number, maxBytes: number): string {
  if (fits(text, maxLength, maxBytes)) return text;
  let cut = '';
  let lastSpace = -1;
  for (const g of graphemes(text)) {
    if (!fits(cut + g, maxLength, maxBytes)) break;
    if (g === ' ') lastSpace = cut.length;
    cut += g;
  }
  return lastSpace >= cut.length * MIN_WORD_CUT_SHARE ? cut.slice(0, lastSpace) : cut;
}

function clean(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[\p{Cs}]/gu, '') // lone surrogates
    .replace(/(?!\u200d)\p{Cf}/gu, '') // invisible format characters (bidi overrides can fake an extension); ZWJ joins emoji
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.\-]+/u, '')
    .replace(/[\s.]+$/u, '');
}

/** A safe, readable file name for the article: its title, cleaned and shortened, plus the extension. */
export function exportFileName(title: string | null, ext: ExportExtension): string {
  const suffix = `.${ext}`;
  let base = truncate(clean(title ?? ''), MAX_FILE_NAME_LENGTH - suffix.length - 1, MAX_FILE_NAME_BYTES - suffix.length - 1);
  // A cut can leave trailing punctuation or spaces, and Windows drops trailing dots and spaces silently.
  base = base.replace(/[\s.,;\-–—]+$/u, '');
  if (!base) return `article${suffix}`;
  // Windows reserves device names whatever follows the first dot ("CON.md", "nul.tar.md").
  const stem = base.split('.')[0]!.trimEnd();
  if (RESERVED.test(stem)) base = `${stem}_${base.slice(stem.length)}`;
  return `${base}${suffix}`;
}
