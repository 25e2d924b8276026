// The command line reader as a person runs it: files in, JSON or an export out, clear failures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const DAILY8 = 'tests/fixtures/pages/daily8-article/source.html';
const MSN = 'tests/fixtures/pages/msn-article/source.html';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints one PageResult as JSON for one file', () => {
    const r = cli(DAILY8, '--url', 'https://daily8.com/en/news/world/x');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ kind: 'article', article: { source: 'Russia Today', siteName: 'Daily8' } });
    expect(result.related.groups.length).toBeGreaterThan(0);
  });

  it('prints JSON Lines in the given order for several files, and goes on past a missing one with exit code 1', () => {
    const r = cli(DAILY8, 'no/such/page.html', MSN);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read no\/such\/page\.html: no such file/);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([DAILY8, MSN]);
    expect(lines[1].article.source).toBe('Reuters');
  });

  it('exports Markdown, and writes files named after the title with --out', () => {
    const md = cli(DAILY8, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^---\ntitle: "Syria counting on Russian support/);
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const r = cli(DAILY8, MSN, '--format', 'text', '--out', dir);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'EU agrees to fast-track permits for power grid projects as demand surges.txt',
      "Syria counting on Russian support in push for ‘domestic unity'.txt",
    ]);
    expect(readFileSync(join(dir, files[0]), 'utf8')).toContain('Reuters');
  });

  it('explains its usage and rejects unknown options', () => {
    expect(cli().code).toBe(2);
    expect(cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: npm run extract') });
    const bad = cli(DAILY8, '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown format "pdf"/);
  });

  it('reads a legacy-encoded page with tags before <html> as a browser shows it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const para = 'Der Stadtrat hat am Montag beschlossen, die Bibliothek auch sonntags zu öffnen, sagte die Bürgermeisterin.';
    const html =
      `<meta name="generator" content="CMS"><br />\n<b>Warning</b>: headers already sent<br />\n<html><head>` +
      `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Bibliothek</title></head>` +
      `<body><article><h1>Bibliothek öffnet sonntags</h1>${`<p>${para} „Endlich“ – ein Erfolg.</p>`.repeat(5)}</article></body></html>`;
    const file = join(dir, 'legacy.html.gz');
    writeFileSync(file, gzipSync(Buffer.from(html, 'latin1').map((b, i) => (html[i] === '„' ? 0x84 : html[i] === '“' ? 0x93 : html[i] === '–' ? 0x96 : b))));
    const r = cli(file, '--format', 'text');
    expect(r.err).not.toMatch(/no body/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sagte die Bürgermeisterin. „Endlich“ – ein Erfolg.');
  });
});
