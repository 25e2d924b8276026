import TurndownService from 'turndown';
import type { PageResult } from '../types.ts';
import {
  figureRule,
  linkAndImageRules,
  listItemRule,
  markdownDestination,
  strikethroughRule,
  tableRules,
} from './markdown-rules.ts';
import { exportMeta, groupHeading, oneLine, storyDetails, wantsRelated } from './metadata.ts';
import { squash } from '../kit/text';
import { parseBody } from './parse-body.ts';
import { sanitizeForExport } from './sanitize-for-export.ts';
import type { ParseHtml } from './types.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { frontMatter } from './yaml.ts';

export interface MarkdownOptions {
  parse: ParseHtml;
  exportedAt: Date;
  includeRelated?: boolean;
}

// Turndown escapes what CommonMark reads as markup; these are what GFM and notes apps also read: raw HTML tags
// ("<script>" in the text would become a live tag), entity names, strikethrough tildes and "1)" list starts.
const EXTRA_ESCAPES: Array<[RegExp, string]> = [
  // Every "<", not only one before a letter: linkedom splits text at element and entity boundaries,
  // and a lone "<" at the end of one text node meets "Maren" from the next one in the file.
  [/</g, '\\<'],
  [/&(?=#?\w+;)/g, '\\&'],
  [/~/g, '\\~'],
  [/^(\d+)\) /g, '$1\\) '],
];

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    fence: '```',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  const escapeCommonMark = service.escape.bind(service);
  service.escape = (text: string) =>
    EXTRA_ESCAPES.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), escapeCommonMark(text));
  service.use([tableRules, strikethroughRule, figureRule, linkAndImageRules, listItemRule]);
  return service;
}

/** Text of ours (titles, sources) made safe for one line of Markdown. */
function inlineText(service: TurndownService, text: string): string {
  return service.escape(squash(text));
}

/** An ATX heading line: a closing run of "#" would be eaten as the heading's closing sequence. */
function heading(service: TurndownService, level: number, text: string): string {
  return `${'#'.repeat(level)} ${inlineText(service, text).replace(/(\s)(#+)$/, '$1\\$2')}`;
}

export function toMarkdown(result: PageResult, options: MarkdownOptions): string {
  const service = createService();
  const meta = exportMeta(result);
  const article = result.article;

  const parts: string[] = [
    frontMatter([
      ['title', meta.title],
      ['source', meta.source],
      ['site', meta.site],
      ['author', meta.author],
      ['published', meta.published],
      ['url', meta.url],
      ['exported', options.exportedAt.toISOString()],
      ['reading_time', meta.readingMinutes],
    ]).trimEnd(),
  ];

  let body = '';
  if (article) {
    const html = sanitizeForExport(article.contentHtml, options.parse, { baseUrl: article.url });
    // Lines of spaces only (turndown leaves them inside list items) would show as trailing noise in a note.
    body = collapseBlankLines(service.turndown(parseBody(options.parse, html)).replace(/^[ \t]+$/gm, '')).trim();
  }
  // The article HTML often opens with its own headline; a second copy above it would read as a stutter.
  const firstLine = body.split('\n', 1)[0] ?? '';
  const bodyHasTitle = /^#{1,2} /.test(firstLine) && oneLine(firstLine.replace(/^#+ /, '').replace(/\\(.)/g, '$1')) === meta.title;
  // The lead image goes under the headline, where the reader view shows it.
  const image = meta.headerImage ? `![](${markdownDestination(meta.headerImage)})` : null;
  if (bodyHasTitle) {
    const [title, ...rest] = body.split('\n');
    parts.push([title, image, rest.join('\n').replace(/^\n+/, '')].filter(Boolean).join('\n\n'));
  } else {
    parts.push(heading(service, 1, meta.title));
    if (image) parts.push(image);
    if (body) parts.push(body);
  }

  if (wantsRelated(result, options.includeRelated)) parts.push(relatedMarkdown(service, result));
  return `${parts.join('\n\n').trimEnd()}\n`;
}

/** At most one blank line in a row, except inside fenced code where the author's spacing is content. */
function collapseBlankLines(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
    }
    if (fence === null && line === '' && out[out.length - 1] === '') continue;
    out.push(line);
  }
  return out.join('\n');
}

function relatedMarkdown(service: TurndownService, result: PageResult): string {
  const sections = ['## Related stories'];
  for (const group of result.related.groups) {
    const items = group.stories.flatMap((story) => {
      const title = oneLine(story.title);
      if (!title) return [];
      const url = safeHttpUrl(story.url, null);
      const link = url ? `[${inlineText(service, title)}](${markdownDestination(url)})` : inlineText(service, title);
      const details = storyDetails(story);
      return [`- ${link}${details ? ` — ${inlineText(service, details)}` : ''}`];
    });
    if (!items.length) continue;
    const label = groupHeading(result, group);
    sections.push(`${label ? `${heading(service, 3, label)}\n\n` : ''}${items.join('\n')}`);
  }
  return sections.join('\n\n');
}
