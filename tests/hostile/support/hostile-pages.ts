// Realistic hostile pages: each vector inside an article paragraph (or the <head>) of a fixture page,
// and every output the project writes from it, ready to be checked.
import { DOMParser, parseHTML } from 'linkedom';
import { sanitizeArticleHtml } from '../../../components/sanitize';
import { parsePage } from '../../../scripts/page-source/parse-page';
import { exportArticle } from '../../../utils/export/index';
import { extractPage } from '../../../utils/extract-page';
import type { PageResult } from '../../../utils/types';
import { fixtureSlugs, loadFixture } from '../../support/fixture-pages';
import { dangerousUrl, findExecutable, findExecutableMarkdown, type Finding } from './find-executable';
import type { Vector } from './vectors';

export type Parser = 'linkedom' | 'parse5';

export interface HostilePage {
  name: string;
  html: string;
  url: string;
  parser: Parser;
}

/** The paragraphs of `html` as [start of "</p>", text length], longest first. */
function paragraphEnds(html: string): number[] {
  const found: Array<[number, number]> = [];
  for (const m of html.matchAll(/<p[\s>][\s\S]*?<\/p>/g)) found.push([m.index! + m[0].length - 4, m[0].length]);
  return found.sort((a, b) => b[1] - a[1]).map(([at]) => at);
}

/** `vector` placed in `html`: in its <head>, or before the end of its nth longest paragraph. */
export function placeVector(html: string, vector: Vector, nth: number): string {
  if (vector.at === 'head') {
    const head = /<head[^>]*>/i.exec(html);
    const at = head ? head.index + head[0].length : 0;
    return html.slice(0, at) + vector.html + html.slice(at);
  }
  const ends = paragraphEnds(html);
  const at = ends[Math.min(nth, ends.length - 1)] ?? html.length;
  return `${html.slice(0, at)} ${vector.html} ${html.slice(at)}`;
}

/** Two pages per vector: different fixture pages, different paragraphs, each of the two parsers. */
export function hostilePages(vectors: readonly Vector[]): HostilePage[] {
  const fixtures = fixtureSlugs().map(loadFixture);
  return vectors.flatMap((vector, i) =>
    ([['linkedom', 0, i], ['parse5', 1, i + 7]] as const).map(([parser, nth, k]) => {
      const page = fixtures[k % fixtures.length]!;
      return { name: `${vector.family} #${i} in ${page.slug} (${parser})`, html: placeVector(page.html, vector, nth), url: page.expected.url, parser };
    }),
  );
}

export function parseAs(parser: Parser, html: string): Document {
  return parser === 'parse5' ? parsePage(html) : (parseHTML(html).document as unknown as Document);
}

const parseForExport = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

export const FORMATS = ['contentHtml', 'view', 'md', 'html', 'text', 'json-urls'] as const;
export type Format = (typeof FORMATS)[number];

/** The URLs a PageResult hands out as data, which a consumer may turn into links or images. */
function resultUrls(result: PageResult): string[] {
  const a = result.article;
  const stories = result.related.groups.flatMap((g) => g.stories);
  return [a?.canonicalUrl, a?.leadImage, ...stories.flatMap((s) => [s.url, s.image])].filter((u): u is string => !!u);
}

/**
 * Every output of one page with what is executable in it. `view` is the extension page's
 * sanitizer (DOMPurify) and needs a DOM environment; without one it is left out.
 */
export function checkOutputs(result: PageResult, withView: boolean): Partial<Record<Format, Finding[]>> {
  const out: Partial<Record<Format, Finding[]>> = {};
  const opts = { parse: parseForExport, exportedAt: new Date('2026-01-01T00:00:00Z'), includeRelated: true };
  const html = result.article?.contentHtml;
  if (html !== undefined) {
    out.contentHtml = findExecutable(html, 'fragment');
    if (withView) {
      const shown = document.createElement('div');
      shown.append(sanitizeArticleHtml(html));
      out.view = findExecutable(shown.innerHTML, 'fragment');
    }
  }
  if (result.article || result.title) {
    out.md = findExecutableMarkdown(exportArticle(result, 'md', opts).content);
    out.html = findExecutable(exportArticle(result, 'html', opts).content, 'document');
    // Plain text says what the article says: an article that quotes "<img onerror=...>" as text is
    // exported with it. So the text export, read as HTML, may hold only the markup the article's own
    // text, titles and the details the export writes (source, site, author, story sources) held;
    // anything more is markup that leaked from the page into the text.
    const a = result.article;
    const said = [
      a?.textContent, result.title, a?.title, a?.source, a?.siteName, a?.byline,
      ...result.related.groups.flatMap((g) => g.stories.flatMap((s) => [s.title, s.source, s.timeText])),
    ].join('\n');
    const saidFindings = findExecutable(said, 'fragment').map((f) => f.where);
    out.text = findExecutable(exportArticle(result, 'text', opts).content, 'fragment').filter((f) => {
      if (f.kind === 'clobber') return false;
      const i = saidFindings.indexOf(f.where);
      if (i >= 0) saidFindings.splice(i, 1);
      return i < 0;
    });
  }
  out['json-urls'] = resultUrls(result).filter(dangerousUrl).map((u) => ({ kind: 'url', where: u }));
  return out;
}

export function extractHostile(page: HostilePage): PageResult {
  return extractPage(parseAs(page.parser, page.html), page.url, {}, { now: Date.parse('2025-06-15T12:00:00Z') });
}
