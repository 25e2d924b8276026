import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_NAME_LENGTH } from '../../utils/export/file-name.ts';

const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

function expectPortable(name: string): void {
  expect(name).not.toMatch(UNSAFE);
  expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[. -]/);
  expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  expect(name.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
}

describe('exportFileName', () => {
  it.each([
    ['Storm hits the coast', 'md', 'Storm hits the coast.md'],
    ['Ukraine: talks "resume" in Geneva?', 'md', 'Ukraine talks resume in Geneva.md'],
    ['AC/DC tour \\ news | live*', 'html', 'AC DC tour news live.html'],
    ['<b>Bold</b>', 'txt', 'b Bold b.txt'],
    ['  many   spaces\tand\nnewlines  ', 'md', 'many spaces and newlines.md'],
    ['Ends with dots...', 'md', 'Ends with dots.md'],
    ['...hidden file', 'md', 'hidden file.md'],
    ['-rf everything', 'md', 'rf everything.md'],
    ['Crème brûlée à Paris', 'md', 'Crème brûlée à Paris.md'],
    ['東京で地震 – 速報', 'txt', '東京で地震 – 速報.txt'],
    ['Новости дня', 'md', 'Новости дня.md'],
    ['Storm 🌊 hits 👨‍👩‍👧 family', 'md', 'Storm 🌊 hits 👨‍👩‍👧 family.md'],
    ['evil\u202Egpj.exe', 'md', 'evilgpj.exe.md'],
    ['tab\u0000null\u0007bell', 'md', 'tab null bell.md'],
  ] as const)('%j → %j', (title, ext, expected) => {
    expect(exportFileName(title, ext)).toBe(expected);
    expectPortable(exportFileName(title, ext));
  });

  it.each(['CON', 'con', 'PRN', 'aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.report', 'nul . x', 'conout$'])(
    'renames the reserved Windows name %j',
    (title) => {
      const name = exportFileName(title, 'md');
      expectPortable(name);
      expect(name.startsWith(title.split('.')[0]!.trim())).toBe(true);
    },
  );

  it('keeps names that only start like a reserved name', () => {
    expect(exportFileName('Console wars', 'md')).toBe('Console wars.md');
    expect(exportFileName('COM10', 'md')).toBe('COM10.md');
  });

  it.each([null, '', '   ', '...', '???', '<>:"/\\|?*', '\u200b\u200e'])('falls back to article.<ext> for %j', (title) => {
    expect(exportFileName(title, 'html')).toBe('article.html');
  });

  it('cuts a 300-character title on a word boundary', () => {
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ').padEnd(300, 'x');
    const name = exportFileName(title, 'md');
    expectPortable(name);
    expect(name.length).toBeGreaterThan(90);
    expect(name).toMatch(/^word0 word1 .* word\d+\.md$/);
    expect(title.startsWith(name.slice(0, -3))).toBe(true);
    expect(title[name.length - 3]).toBe(' ');
  });

  it('cuts a title without spaces without splitting a surrogate pair', () => {
    const name = exportFileName('🌊'.repeat(300), 'md');
    expectPortable(name);
    expect(name).toMatch(/^(🌊)+\.md$/u);
    expect(name.length).toBeGreaterThan(100);
  });

  it('keeps a long CJK title under the 255-byte limit of ext4 and APFS', () => {
    const name = exportFileName('漢'.repeat(300), 'txt');
    expectPortable(name);
    expect(name.length).toBeGreaterThan(60);
  });

  it('does not end a cut on punctuation', () => {
    const title = `${'a'.repeat(100)} bbbbbbbb, - ${'c'.repeat(40)}`;
    const name = exportFileName(title, 'md');
    expect(name).toBe(`${'a'.repeat(100)} bbbbbbbb.md`);
  });
});
