import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../utils/extract-page';
import type { Settings } from '../../utils/types';

export type ContenderName = 'ours' | 'readability';
export const CONTENDERS: readonly ContenderName[] = ['ours', 'readability'];

/** What one contender made of one page; every field the bench compares, nothing DOM-bound. */
export interface Run {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  ms: number;
  /** heapUsed after − before: rough (GC may run in between), but costs nothing to take. */
  heapDelta: number;
  /** Set when the contender threw or gave up; the page then counts as empty. */
  failure?: string;
  /** Ours only: said "no article" but keeps a best effort for the popup's "show anyway". */
  onRequest?: { title: string | null; text: string };
}

export type RunFields = Omit<Run, 'ms' | 'heapDelta'>;

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Text of a fragment of HTML (Readability's expected.html is the content div alone). */
export function fragmentText(html: string): string {
  try {
    return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body?.textContent ?? '';
  } catch (err) {
    console.warn(`warning: cannot parse a reference text: ${describe(err)}`);
    return '';
  }
}

const EMPTY = { text: '', title: null, byline: null, siteName: null, lang: null, publishedTime: null } as const;

function runPlain(doc: Document): RunFields {
  const r = new Readability(doc.cloneNode(true) as Document).parse();
  if (!r) return { ...EMPTY, failure: 'parse() returned null' };
  return {
    text: r.textContent ?? '',
    title: r.title ?? null,
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    lang: r.lang ?? null,
    publishedTime: r.publishedTime ?? null,
  };
}

function runOurs(doc: Document, url: string, settings: Partial<Settings>): RunFields {
  // extractPage clones the document itself, so this and runPlain each time exactly one clone.
  // The filter panel's figures (a second, plain Readability run) are the reader's, not the extraction's: timed apart.
  const result = extractPage(doc, url, settings, { explainRemovals: false });
  const a = result.article;
  if (result.kind === 'none' || !a) {
    const onRequest = a ? { onRequest: { title: a.title || null, text: a.textContent } } : {};
    return { ...EMPTY, failure: `kind ${result.kind}${result.reason ? `: ${result.reason}` : ''}`, ...onRequest };
  }
  return {
    text: a.textContent ?? '',
    title: a.title ?? null,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    publishedTime: a.publishedTime,
  };
}

export function runContender(name: ContenderName, html: string, url: string, settings: Partial<Settings>): Run {
  return timedRun(html, name === 'ours' ? (doc) => runOurs(doc, url, settings) : runPlain);
}

/**
 * Parses the page afresh for one contender (outside the timer), then times the contender alone.
 * Whatever goes wrong becomes an empty run with a reason, so one bad page never stops the bench.
 */
export function timedRun(html: string, contender: (doc: Document) => RunFields): Run {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch (err) {
    return { ...EMPTY, ms: 0, heapDelta: 0, failure: `linkedom parse threw: ${describe(err)}` };
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  let out: RunFields;
  try {
    out = contender(doc);
  } catch (err) {
    out = { ...EMPTY, failure: `threw: ${describe(err)}` };
  }
  const ms = performance.now() - start;
  const heapDelta = process.memoryUsage().heapUsed - heapBefore;
  return { ...out, ms, heapDelta };
}

/** Page source, or "" (an empty page for every contender alike) when the file cannot be read. */
export function readOrEmpty(id: string, read: () => string): string {
  try {
    return read();
  } catch (err) {
    console.warn(`warning: cannot read ${id}: ${describe(err)}`);
    return '';
  }
}

function describe(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 160);
}

/**
 * One pass over all pages, the contenders alternating page by page (who goes first alternates too,
 * spreading GC pauses evenly). `html` holds each page's source by id.
 */
export function interleavedPass(pages: readonly { id: string; url: string }[], html: ReadonlyMap<string, string>, settings: Partial<Settings>): Record<ContenderName, Run[]> {
  const got: Record<ContenderName, Run[]> = { ours: [], readability: [] };
  pages.forEach((p, i) => {
    for (const c of i % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse()) got[c].push(runContender(c, html.get(p.id)!, p.url, settings));
  });
  return got;
}

/**
 * Each page's faster run of two warm interleaved passes, per contender. On this kind of shared
 * machine one pass alone carried stalls of hundreds of ms into one contender's mean (a pass gave
 * trafilatura-dev 0.29x, the next run 1.25x); the faster of two is the page's own cost.
 */
export function fasterOfTwo(a: Record<ContenderName, Run[]>, b: Record<ContenderName, Run[]>): Record<ContenderName, Run[]> {
  const pick = (x: Run[], y: Run[]) => x.map((r, i) => (y[i]!.ms < r.ms ? y[i]! : r));
  return { ours: pick(a.ours, b.ours), readability: pick(a.readability, b.readability) };
}
