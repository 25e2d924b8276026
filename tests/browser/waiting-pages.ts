// The pages of the waiting tests in both browsers (waiting.test.ts, waiting-firefox.test.ts): a page
// whose response is still coming, one that never finishes, a long article, a PDF, and a local file.
import { writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { longArticle } from '../support/long-article';

export const LONG = longArticle();
export const FIRST_PARAGRAPH = 'The first paragraph has arrived: the harbour engineers began their report before dawn on Monday.';
export const LATE_PARAGRAPH = 'The last paragraph arrived late: the council approved the budget for the new bridge at midnight.';

/** The head and the first part of a page; the rest comes when the test lets it (or never). */
const PAGE_START = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour works begin | Coast Times</title>
<meta property="og:title" content="Harbour works begin"></head><body><header><nav><a href="/">Coast Times</a></nav></header>
<main><article><h1>Harbour works begin</h1><p id="first">${FIRST_PARAGRAPH}</p>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 2} of the report: the engineers measured the old harbour wall, stone by stone, and found it sound enough to carry the new crane for another season of work.</p>`).join('\n')}
<!-- ${' '.repeat(4096)} -->\n`;
const PAGE_END = `<p id="late">${LATE_PARAGRAPH}</p></article></main><footer>© Coast Times</footer></body></html>`;

/** A valid one-page PDF (Firefox's viewer logs an error for a broken one), its cross-reference offsets counted. */
const ONE_PAGE_PDF = (() => {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>'];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj${body}endobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
})();

export interface WaitingPages {
  origin: string;
  /** The whole page as a local file (file://), which extensions may not read without leave. */
  localFile: string;
  /** Sends the rest of /slow/, so its load event fires. */
  releaseSlow(): void;
  close(): void;
}

/**
 * Serves /slow/ (the first part now, the rest on releaseSlow), /stuck/ (never finished), /long/ (a
 * 20,000-word article) and /doc.pdf on 127.0.0.1. `otherHosts` answers requests whose Host header
 * names another site (Firefox sends those here as to a proxy).
 */
export async function serveWaitingPages(name: string, otherHosts: Record<string, string> = {}): Promise<WaitingPages> {
  const localFile = path.join(os.tmpdir(), `cnr-${name}-local.html`);
  writeFileSync(localFile, PAGE_START + PAGE_END);
  const held: ServerResponse[] = [];
  const sockets = new Set<Socket>();
  let releaseSlow: () => void = () => {};
  const html = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const server = createServer((req, res) => {
    const route = (req.url ?? '/').replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0];
    const other = otherHosts[req.headers.host ?? ''];
    if (other !== undefined) {
      html(res);
      res.end(other);
    } else if (route === '/long/') {
      html(res);
      res.end(LONG.html);
    } else if (route === '/slow/' || route === '/stuck/') {
      html(res);
      res.write(PAGE_START);
      held.push(res);
      if (route === '/slow/') releaseSlow = () => res.end(PAGE_END);
    } else if (route === '/doc.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(ONE_PAGE_PDF);
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    localFile,
    releaseSlow: () => releaseSlow(),
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}
