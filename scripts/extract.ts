// The command-line reader: the very pipeline the extension runs, under Node with linkedom.
//   npm run extract -- <file.html>... [--url URL] [--format json|md|html|text] [--out DIR] [--group-by topic|source|time]
// It reads local files only and never the network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser, parseHTML } from 'linkedom';
import { extractPage } from '../utils/extract-page';
import { parsePage } from './page-source/parse-page';
import { PageTooLargeError, readPageFile } from './page-source/read-page';
import { exportArticle, type ExportFormat } from '../utils/export/index';
import { setSelectorProbeDocument } from '../utils/settings';
import type { GroupBy, PageResult } from '../utils/types';

const USAGE = `Usage: npm run extract -- <file.html>... [--url URL] [--format json|md|html|text] [--out DIR] [--group-by topic|source|time]

Extracts the clean article from saved HTML pages (.html or .html.gz).
  --url URL        the page's address (for relative links and site rules); default: the page's
                   canonical URL, else the file's path
  --format F       json (default; one object, or JSON Lines with a "file" field for several files),
                   md, html or text
  --out DIR        write each export to DIR under a name made from its title instead of stdout
  --group-by G     group related stories by topic (default), source or time`;

interface Args {
  files: string[];
  url: string | null;
  format: 'json' | ExportFormat;
  out: string | null;
  groupBy: GroupBy;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], url: null, format: 'json', out: null, groupBy: 'topic' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--help' || a === '-h') return USAGE;
      else if (a === '--url') args.url = value();
      else if (a === '--out') args.out = value();
      else if (a === '--format') {
        const f = value();
        if (!['json', 'md', 'html', 'text'].includes(f)) return `Unknown format "${f}": use json, md, html or text.`;
        args.format = f as Args['format'];
      } else if (a === '--group-by') {
        const g = value();
        if (!['topic', 'source', 'time'].includes(g)) return `Unknown grouping "${g}": use topic, source or time.`;
        args.groupBy = g as GroupBy;
      } else if (a.startsWith('--')) return `Unknown option ${a}\n\n${USAGE}`;
      else args.files.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!args.files.length) return USAGE;
  return args;
}


function pageUrl(doc: Document, file: string, given: string | null): string {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//.test(canonical)) return canonical;
  return pathToFileURL(resolve(file)).href;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    const asked = argv.includes('--help') || argv.includes('-h');
    (asked ? process.stdout : process.stderr).write(args + '\n');
    return asked ? 0 : 2;
  }
  setSelectorProbeDocument(parseHTML('<html><body></body></html>').document as unknown as Document);
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failed = 0;
  const many = args.files.length > 1;
  for (const file of args.files) {
    let html: string;
    try {
      html = readPageFile(file).text;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`extract: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}\n`);
      failed++;
      continue;
    }
    // Decoded and built as a browser would (scripts/page-source), so a page a browser shows has a body here too.
    let doc: Document;
    try {
      doc = parsePage(html);
    } catch (e) {
      if (!(e instanceof PageTooLargeError)) throw e;
      process.stderr.write(`extract: ${file}: ${e.message}\n`);
      failed++;
      continue;
    }
    const url = pageUrl(doc, file, args.url);
    const result: PageResult = extractPage(doc, url, { groupBy: args.groupBy });
    if (result.kind === 'none') process.stderr.write(`extract: ${file}: ${result.reason}\n`);
    if (args.format === 'json') {
      const line = many ? JSON.stringify({ file, ...result }) : JSON.stringify(result, null, 2);
      process.stdout.write(line + '\n');
      continue;
    }
    const out = exportArticle(result, args.format, { parse, exportedAt: new Date() });
    if (args.out) {
      const target = join(args.out, out.fileName);
      writeFileSync(target, out.content);
      process.stderr.write(`extract: ${file} → ${target}\n`);
    } else {
      if (many) process.stdout.write(`==> ${basename(file)} <==\n`);
      process.stdout.write(out.content.endsWith('\n') ? out.content : out.content + '\n');
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
