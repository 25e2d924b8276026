import type { PageResult } from '../types.ts';
import { exportMeta, groupHeading, oneLine, readingTimeText, storyDetails, wantsRelated } from './metadata.ts';
import { parseBody } from './parse-body.ts';
import { sanitizeForExport } from './sanitize-for-export.ts';
import type { ParseHtml } from './types.ts';
import { safeHttpUrl, safeLinkUrl } from '../safe-url.ts';

export interface TextOptions {
  parse: ParseHtml;
  includeRelated?: boolean;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'address', 'figure', 'figcaption', 'details', 'summary',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'table', 'caption',
]);

/** Numbers link targets in reading order; a URL linked twice keeps its first number. */
class LinkList {
  readonly urls: string[] = [];
  number(url: string): number {
    const seen = this.urls.indexOf(url);
    if (seen >= 0) return seen + 1;
    this.urls.push(url);
    return this.urls.length;
  }
}

function tag(node: Node): string {
  return node.nodeName.toLowerCase();
}

function children(node: Node): Node[] {
  return Array.from(node.childNodes);
}

/** Trims each line, drops blank ones at the ends; inline whitespace was already collapsed. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function inline(node: Node, links: LinkList): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1) return '';
  const name = tag(node);
  if (name === 'br') return '\n';
  if (name === 'img') return '';
  const text = children(node).map((c) => inline(c, links)).join('');
  if (name === 'a') {
    const href = safeLinkUrl((node as Element).getAttribute('href'), null);
    if (href && !href.startsWith('#') && text.trim()) return `${text.replace(/\s+$/, '')} [${links.number(href)}]${/\s$/.test(text) ? ' ' : ''}`;
  }
  // A block inside an inline element (a div in a link) still separates words.
  return BLOCK.has(name) ? ` ${text} ` : text;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : rest.trimEnd()) + line)
    .join('\n');
}

/** The paragraphs of a node: inline runs become paragraphs, block children contribute their own. */
function blocks(node: Node, links: LinkList): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const text = tidy(run);
    if (text) out.push(text);
    run = '';
  };
  for (const child of children(node)) {
    if (child.nodeType === 1 && BLOCK.has(tag(child))) {
      flush();
      out.push(...block(child as Element, links));
    } else {
      run += inline(child, links);
    }
  }
  flush();
  return out;
}

function block(el: Element, links: LinkList): string[] {
  const name = tag(el);
  if (/^h[1-6]$/.test(name)) {
    const text = tidy(inline(el, links).replace(/\n/g, ' '));
    return text ? [text] : [];
  }
  if (name === 'pre') {
    const text = (el.textContent ?? '').replace(/\s+$/, '');
    return text.trim() ? [text] : [];
  }
  if (name === 'hr') return ['* * *'];
  if (name === 'ul' || name === 'ol') {
    const items = children(el).filter((c): c is Element => c.nodeType === 1 && tag(c) === 'li');
    const start = Number(el.getAttribute('start'));
    const first = name === 'ol' && el.hasAttribute('start') && Number.isInteger(start) ? start : 1;
    const lines = items.flatMap((li, i) => {
      const text = blocks(li, links).join('\n');
      if (!text) return [];
      const marker = name === 'ol' ? `${first + i}. ` : '- ';
      return [prefixLines(text, marker, ' '.repeat(marker.length))];
    });
    return lines.length ? [lines.join('\n')] : [];
  }
  if (name === 'blockquote') {
    const text = blocks(el, links).join('\n\n');
    return text ? [prefixLines(text, '> ', '> ')] : [];
  }
  if (name === 'table') {
    const rows = Array.from(el.querySelectorAll('tr'))
      .map((tr) =>
        Array.from(tr.children)
          .filter((c) => tag(c) === 'td' || tag(c) === 'th')
          .map((c) => tidy(inline(c, links).replace(/\n/g, ' ')))
          .join(' | '),
      )
      .filter((row) => row.replace(/[\s|]/g, ''));
    const caption = Array.from(el.children).find((c) => tag(c) === 'caption');
    const captionText = caption ? tidy(inline(caption, links)) : '';
    return [captionText, rows.join('\n')].filter(Boolean);
  }
  return blocks(el, links);
}

/**
 * Plain text: the title, one "Label: value" line per known detail, then the article's paragraphs separated by blank
 * lines, with "[n]" after linked text and the numbered URLs under "Links:" at the end.
 */
export function toText(result: PageResult, options: TextOptions): string {
  const meta = exportMeta(result);
  const links = new LinkList();
  const header = [
    meta.title,
    ...([
      ['Source', meta.source],
      ['Site', meta.site],
      ['Author', meta.author],
      ['Published', meta.published],
      ['URL', meta.url],
      ['Reading time', readingTimeText(meta.readingMinutes)],
    ] as Array<[string, string | null]>)
      .filter(([, value]) => value !== null)
      .map(([label, value]) => `${label}: ${value}`),
  ].join('\n');

  const sections = [header];
  const article = result.article;
  if (article) {
    const html = sanitizeForExport(article.contentHtml, options.parse, { baseUrl: article.url });
    const paragraphs = blocks(parseBody(options.parse, html), links);
    if (paragraphs.length) sections.push(paragraphs.join('\n\n'));
  }
  if (wantsRelated(result, options.includeRelated)) sections.push(relatedText(result));
  if (links.urls.length) sections.push(['Links:', ...links.urls.map((url, i) => `[${i + 1}] ${url}`)].join('\n'));
  return `${sections.join('\n\n')}\n`;
}

function relatedText(result: PageResult): string {
  const parts = ['Related stories'];
  for (const group of result.related.groups) {
    const items = group.stories.flatMap((story) => {
      const title = oneLine(story.title);
      if (!title) return [];
      const details = storyDetails(story);
      const url = safeHttpUrl(story.url, null);
      return [`- ${title}${details ? ` — ${details}` : ''}${url ? `\n  ${url}` : ''}`];
    });
    const label = groupHeading(result, group);
    if (items.length) parts.push(`${label ? `${label}\n` : ''}${items.join('\n')}`);
  }
  return parts.join('\n\n');
}
