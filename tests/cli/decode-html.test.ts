import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeWindows1252 } from '../../scripts/page-source/decode-html';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p as number[]))));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeHtml reads page bytes as a browser would', () => {
  it('follows a byte-order mark first, even against a <meta>', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<meta charset="windows-1252"><p>Grüße</p>')]);
    expect(decodeHtml(page)).toMatchObject({ text: '<meta charset="windows-1252"><p>Grüße</p>', encoding: 'utf-8', source: 'bom' });
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Żółw</p>', 'utf16le')]);
    expect(decodeHtml(le)).toMatchObject({ text: '<p>Żółw</p>', encoding: 'utf-16le' });
  });

  it('follows <meta charset>, with iso-8859-1 read as windows-1252 the way browsers do', () => {
    const page = bytes('<html><head><meta charset="ISO-8859-1"></head><body><p>Gr', [0xfc, 0xdf], 'e ', [0x80], '</p>');
    expect(decodeHtml(page)).toMatchObject({ text: '<html><head><meta charset="ISO-8859-1"></head><body><p>Grüße €</p>', encoding: 'windows-1252', source: 'meta' });
  });

  it('follows an http-equiv Content-Type, here a legacy multi-byte encoding', () => {
    const sjis = [0x93, 0xfa, 0x96, 0x7b]; // 日本 in Shift_JIS
    const page = bytes(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>`, sjis, '</p>');
    expect(decodeHtml(page).text).toContain('<p>日本</p>');
    expect(decodeHtml(page).encoding).toBe('shift_jis');
  });

  it('ignores a <meta> inside a comment and finds one further down the head', () => {
    const filler = `<script>${'var x = 1;\n'.repeat(150)}</script>`;
    const page = bytes(`<html><head><!-- <meta charset="koi8-r"> -->${filler}<meta charset="windows-1250"></head><body><p>`, [0x9a], '</p>');
    expect(decodeHtml(page)).toMatchObject({ encoding: 'windows-1250', source: 'meta' });
    expect(decodeHtml(page).text).toContain('<p>š</p>');
  });

  it('treats a declared UTF-16 in ASCII bytes as UTF-8, and an unknown label as no label', () => {
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>café</p>'))).toMatchObject({ encoding: 'utf-8', source: 'meta' });
    expect(decodeHtml(utf8('<meta charset="no-such-thing"><p>café</p>'))).toMatchObject({ encoding: 'utf-8', source: 'utf-8', text: '<meta charset="no-such-thing"><p>café</p>' });
  });

  it('reads undeclared bytes as UTF-8 when they are valid UTF-8, else as windows-1252', () => {
    expect(decodeHtml(utf8('<p>naïve “quotes”</p>'))).toMatchObject({ text: '<p>naïve “quotes”</p>', source: 'utf-8' });
    expect(decodeHtml(bytes('<p>na', [0xef], 've ', [0x93], 'q', [0x94], '</p>'))).toMatchObject({ text: '<p>naïve “q”</p>', encoding: 'windows-1252', source: 'fallback' });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the characters browsers show, not to control characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x93, 0x94, 0x96, 0x97, 0x99, 0x41, 0xe9]))).toBe('€…“”–—™Aé');
  });
});
