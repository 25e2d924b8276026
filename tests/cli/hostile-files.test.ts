// Files that are hard to read, written as real bytes in the test: pages in legacy and UTF-16
// encodings (they must read without a single U+FFFD), a gzip bomb and a page far over the element
// limit (refused with a reason, before the memory is taken), through the CLI's own reading path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, decodeWindows1252, utf16ByPattern } from '../../scripts/page-source/decode-html';
import { parsePage, roughElementCount } from '../../scripts/page-source/parse-page';
import { MAX_PAGE_BYTES, PageTooLargeError, readPageFile } from '../../scripts/page-source/read-page';
import { extractPage, MAX_ELEMENTS } from '../../utils/extract-page';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cnr-hostile-files-'));

/**
 * Text to bytes in a legacy encoding, by inverting the platform's own decoder over every one- and
 * two-byte sequence (Node has no encoder for them). Enough for text in each encoding's two-byte range.
 */
function encoder(encoding: string): (text: string) => Buffer {
  const table = new Map<string, number[]>();
  // windows-1252 by the project's own mapping: Node's decoder reads 0x80–0x9F as control characters.
  const dec = encoding === 'windows-1252' ? { decode: decodeWindows1252 } : new TextDecoder(encoding, { fatal: true });
  const learn = (bytes: number[]) => {
    try {
      const ch = dec.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      /* not a character in this encoding */
    }
  };
  for (let a = 0; a < 0x80; a++) learn([a]);
  if (encoding === 'windows-1252') for (let a = 0x80; a <= 0xff; a++) learn([a]);
  else for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) learn([a, b]);
  if (encoding === 'shift_jis') for (let a = 0xa1; a <= 0xdf; a++) learn([a]); // half-width katakana
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`${encoding} has no "${ch}"`);
      out.push(...bytes);
    }
    return Buffer.from(out);
  };
}

const page = (title: string, sentence: string, charsetMeta: string) =>
  `<!DOCTYPE html><html><head>${charsetMeta}<title>${title}</title></head><body><article><h1>${title}</h1>` +
  Array.from({ length: 8 }, (_, i) => `<p>${sentence} (${i + 1})</p>`).join('') +
  '</article></body></html>';

const LANGS = {
  shift_jis: { title: '港の浚渫工事が決定', sentence: '港湾局は木曜日の夕方に会合を開き、秋の嵐が来る前に水路を浚渫することで合意しました。住民は歓迎しています' },
  'euc-kr': { title: '항구 준설 공사 결정', sentence: '항만청은 목요일 저녁 회의를 열고 가을 폭풍이 오기 전에 수로를 준설하기로 합의했습니다. 주민들은 환영했습니다' },
  gb18030: { title: '港口疏浚工程获批', sentence: '港务局周四晚上开会，同意在秋季风暴到来之前疏浚航道。居民们表示欢迎，渔民们也很高兴' },
  'windows-1252': { title: 'Hafen wird ausgebaggert – endlich', sentence: 'Der Hafenrat traf sich am Donnerstagabend und beschloss, die Fahrrinne vor den Herbststürmen auszubaggern: „Gut so“, sagten die Fischer, die seit Jahren 5 € mehr zahlen' },
} as const;

function extractFile(path: string) {
  const decoded = readPageFile(path);
  return { decoded, result: extractPage(parsePage(decoded.text), 'https://harbour.example/news/dredging', {}) };
}

describe('pages in other encodings read without U+FFFD', () => {
  it.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('%s declared by <meta charset>', (encoding) => {
    const { title, sentence } = LANGS[encoding];
    const path = join(dir, `${encoding}.html`);
    writeFileSync(path, encoder(encoding)(page(title, sentence, `<meta charset="${encoding}">`)));
    const { decoded, result } = extractFile(path);
    expect(decoded.encoding).toBe(encoding);
    expect(result.kind).toBe('article');
    expect(result.title).toBe(title);
    expect(result.article?.textContent).toContain(sentence);
    expect(result.article?.textContent).not.toContain('\uFFFD');
  });

  it('windows-1252 undeclared (not valid UTF-8, read as a browser falls back)', () => {
    const { title, sentence } = LANGS['windows-1252'];
    const path = join(dir, 'cp1252-undeclared.html');
    writeFileSync(path, encoder('windows-1252')(page(title, sentence, '')));
    const { decoded, result } = extractFile(path);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'fallback' });
    expect(result.article?.textContent).toContain(sentence);
  });

  it.each([
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['utf-16be', false],
  ] as const)('%s, byte-order mark %s', (encoding, bom) => {
    const { title, sentence } = LANGS.shift_jis;
    const le = Buffer.from(page(title, sentence, ''), 'utf16le');
    const body = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const mark = Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    const path = join(dir, `${encoding}-${bom}.html`);
    writeFileSync(path, bom ? Buffer.concat([mark, body]) : body);
    const { decoded, result } = extractFile(path);
    expect(decoded).toMatchObject({ encoding, source: bom ? 'bom' : 'utf-16-pattern' });
    expect(result.kind).toBe('article');
    expect(result.article?.textContent).toContain(sentence);
    expect(result.article?.textContent).not.toMatch(/[\uFFFD\u0000]/);
  });

  it('never takes an 8-bit or UTF-8 page for UTF-16', () => {
    for (const text of ['<p>plain ascii</p>'.repeat(20), '<p>naïve “quotes” 日本語</p>'.repeat(20)]) expect(utf16ByPattern(Buffer.from(text, 'utf8'))).toBeNull();
    expect(decodeHtml(Buffer.from('<p>café</p>'.repeat(10), 'utf8')).source).toBe('utf-8');
  });
});

describe('caps on what a file can cost', () => {
  const bomb = join(dir, 'bomb.html.gz');
  beforeAll(async () => {
    // 1 GiB of zeros, gzipped as it streams: about 1 MB on disk.
    const zeros = Buffer.alloc(1024 * 1024);
    await pipeline(Readable.from((function* () { for (let i = 0; i < 1024; i++) yield zeros; })()), createGzip({ level: 1 }), createWriteStream(bomb));
  }, 120_000);

  it('refuses a 1 GiB gzip bomb at the cap, holding no more than the cap', () => {
    const before = process.memoryUsage().rss;
    let error: unknown;
    try {
      readPageFile(bomb);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PageTooLargeError);
    expect((error as Error).message).toMatch(/unpacks to more than 64 MiB/);
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    console.log(`gzip bomb (1 GiB): refused, RSS grew by ${grown.toFixed(0)} MB (cap ${MAX_PAGE_BYTES / 1024 / 1024} MiB)`);
    expect(grown).toBeLessThan(200);
  });

  it('refuses a file larger than the cap by its size, before reading it', () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect(() => readPageFile(big, 1024 * 1024)).toThrow(/the file is 1 MiB; pages over 1 MiB are not read/);
  });

  it('refuses a page far over the element limit before parsing it', () => {
    const card = '<div class="card"><a href="/n"><img src="/i.jpg" alt=""><h3>Related story</h3></a><span>2 hours ago</span></div>\n';
    const html = `<html><body><article><p>Text</p></article>${card.repeat(80_000)}</body></html>`;
    // "about": the count comes from the raw text, before any parser has run.
    expect(() => parsePage(html)).toThrow(new RegExp(`too large to read cleanly \\(about 400004 elements; the limit is ${MAX_ELEMENTS}\\)`));
  });

  it('counts elements, not tags inside scripts, styles or comments', () => {
    expect(roughElementCount('<p>a</p><script>if (a<b) x = "<div><div>";</script><style>a<b{}</style><!-- <p><p> --><br>')).toBe(2);
  });

  it('the CLI says why, and exits 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', bomb], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`extract: cannot read ${bomb}: it unpacks to more than 64 MiB; pages over 64 MiB are not read`);
  }, 60_000);
});
