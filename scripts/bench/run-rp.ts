import type { Settings } from '../../utils/types';
import { CONTENDERS, fragmentText, readOrEmpty, runContender, type ContenderName, type Run } from './contenders';
import { READABILITY_PAGES_URL, type ReadabilityPage } from './load-readability-pages';
import { agreements, disagreement, METADATA_FIELDS, type Disagreement, type MetadataField } from './metadata-agreement';
import { table, wrapList, type Row, rowMaker } from './report';
import { aggregate, pageF1, scorePage, type PageScore } from './shingle-metric';
import { mean } from './stats';

export interface RpContenderFigures {
  /** Share of all pages (readerable or not) whose field agrees with expected-metadata.json. */
  agreement: Record<MetadataField, number>;
  bodyF1: number;
  bodyF1Readerable: number;
  bodyF1NotReaderable: number;
  msMean: number;
  /** Pages with no title or no body text. */
  missing: { id: string; noTitle: boolean; noBody: boolean; failure?: string }[];
  /** For each field, how ours differs where it does not agree (counts by kind of difference). */
  differences: Record<MetadataField, Partial<Record<Disagreement, number>>>;
  /** Of those, pages with no title or body even behind "show anyway" (ours says "no article" but keeps its best effort). */
  missingOnRequest: string[];
}

export interface RpPageFigures {
  id: string;
  readerable: boolean;
  ours: { f1: number; disagrees: MetadataField[] };
  readability: { f1: number; disagrees: MetadataField[] };
}

export interface RpFigures {
  pages: number;
  readerablePages: number;
  ours: RpContenderFigures;
  readability: RpContenderFigures;
  perPage: RpPageFigures[];
}

export function runRp(pages: readonly ReadabilityPage[], settings: Partial<Settings>): RpFigures {
  const runs: Record<ContenderName, Run[]> = { ours: [], readability: [] };
  const scores: Record<ContenderName, PageScore[]> = { ours: [], readability: [] };
  const agree: Record<ContenderName, Record<MetadataField, boolean>[]> = { ours: [], readability: [] };
  const perPage: RpPageFigures[] = [];
  pages.forEach((p, i) => {
    const html = readOrEmpty(p.id, p.html);
    // An unreadable reference scores both contenders against empty text alike.
    const expectedText = fragmentText(readOrEmpty(`${p.id}/expected`, p.expectedHtml));
    const order = i % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse();
    const got = {} as Record<ContenderName, Run>;
    for (const c of order) got[c] = runContender(c, html, READABILITY_PAGES_URL, settings);
    const entry = { id: p.id, readerable: p.metadata.readerable !== false } as RpPageFigures;
    for (const c of CONTENDERS) {
      const s = scorePage(got[c].text, expectedText);
      const a = agreements(got[c], p.metadata);
      runs[c].push(got[c]);
      scores[c].push(s);
      agree[c].push(a);
      entry[c] = { f1: pageF1(s), disagrees: METADATA_FIELDS.filter((f) => !a[f]) };
    }
    perPage.push(entry);
  });

  const readerable = perPage.map((p) => p.readerable);
  const figures = (c: ContenderName): RpContenderFigures => {
    const agreement = {} as Record<MetadataField, number>;
    for (const f of METADATA_FIELDS) agreement[f] = mean(agree[c].map((a) => (a[f] ? 1 : 0)));
    const differences = {} as RpContenderFigures['differences'];
    for (const f of METADATA_FIELDS) {
      differences[f] = {};
      runs[c].forEach((r, i) => {
        if (agree[c][i][f]) return;
        const kind = disagreement(r[f], pages[i]!.metadata[f]);
        differences[f][kind] = (differences[f][kind] ?? 0) + 1;
      });
    }
    return {
      agreement,
      differences,
      bodyF1: aggregate(scores[c]).f1,
      bodyF1Readerable: aggregate(scores[c].filter((_, i) => readerable[i])).f1,
      bodyF1NotReaderable: aggregate(scores[c].filter((_, i) => !readerable[i])).f1,
      msMean: mean(runs[c].map((r) => r.ms)),
      missing: runs[c].flatMap((r, i) => {
        const noTitle = !r.title?.trim();
        const noBody = !r.text.trim();
        if (!noTitle && !noBody) return [];
        return [{ id: pages[i]!.id, noTitle, noBody, ...(r.failure ? { failure: r.failure } : {}) }];
      }),
      missingOnRequest: runs[c].flatMap((r, i) => {
        const title = r.title?.trim() || r.onRequest?.title?.trim();
        const body = r.text.trim() || r.onRequest?.text.trim();
        return title && body ? [] : [pages[i]!.id];
      }),
    };
  };

  return {
    pages: pages.length,
    readerablePages: readerable.filter(Boolean).length,
    ours: figures('ours'),
    readability: figures('readability'),
    perPage,
  };
}

export function formatRp(f: RpFigures, verbose: boolean): string {
  const row = rowMaker(f);
  const notReaderable = f.pages - f.readerablePages;
  const rows: Row[] = [
    ...METADATA_FIELDS.map((field) => row(`${field} agrees`, (x) => x.agreement[field], 'ratio')),
    row(`body F1, all ${f.pages}`, (x) => x.bodyF1, 'ratio'),
    row(`body F1, readerable (${f.readerablePages})`, (x) => x.bodyF1Readerable, 'ratio'),
    row(`body F1, not readerable (${notReaderable})`, (x) => x.bodyF1NotReaderable, 'ratio'),
    row('no title or no body', (x) => x.missing.length, 'count'),
    row('…not even on "show anyway"', (x) => x.missingOnRequest.length, 'count'),
    row('ms/page mean', (x) => x.msMean, 'ms'),
  ];
  const out = [
    table(
      `readability-pages (${f.pages} pages, all included, ${notReaderable} marked readerable:false; ` +
        'metadata vs expected-metadata.json, body vs text of expected.html)',
      rows,
    ),
  ];
  out.push('ours where it disagrees with expected-metadata.json (Readability\'s own output, not a human truth):');
  for (const field of METADATA_FIELDS) {
    const d = Object.entries(f.ours.differences[field]).map(([k, n]) => `${n} ${k}`).join(', ');
    if (d) out.push(`  ${field}: ${d}`);
  }
  const missing = f.ours.missing;
  out.push(`ours: no title or no body on ${missing.length} page(s)${missing.length ? ':' : ''}`);
  if (missing.length)
    out.push(wrapList(missing.map((m) => `${m.id} (${[m.noTitle && 'title', m.noBody && 'body'].filter(Boolean).join('+')}${m.failure ? `; ${m.failure}` : ''})`)));
  out.push(`ours: no title or body even on "show anyway": ${f.ours.missingOnRequest.join(', ') || 'none'}`);
  if (verbose) {
    out.push('per page: id | readerable | ours F1 | readability F1 | ours disagrees on | readability disagrees on');
    for (const p of f.perPage)
      out.push(
        `  ${p.id} | ${p.readerable ? 'yes' : 'no'} | ${p.ours.f1.toFixed(3)} | ${p.readability.f1.toFixed(3)} | ` +
          `${p.ours.disagrees.join(',') || '-'} | ${p.readability.disagrees.join(',') || '-'}`,
      );
  }
  return out.join('\n');
}
