// Turndown rules for what the stock rules get wrong in an exported note. Tables and strikethrough are written here,
// not taken from a plugin: they must run under linkedom (which has no `table.rows`), escape "|" inside cells and give
// header-less tables a header row instead of leaving them as raw HTML.
import type TurndownService from 'turndown';

/** Markdown of one element's contents, through the same service and rules. */
function convert(service: TurndownService, el: Element): string {
  return service.turndown(el as HTMLElement);
}

/** A link or image destination: absolute already (the sanitizer resolved it), parentheses and angles escaped. */
export function markdownDestination(url: string): string {
  const escaped = url.replace(/([<>()\\])/g, '\\$1');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}

/** Joins Markdown that spans lines into one line, for places that cannot hold a line break (cells, link text). */
export function flattenMarkdown(markdown: string): string {
  return markdown.replace(/\s*\n+\s*/g, ' ').trim();
}

function elementChildren(node: Node): Element[] {
  return Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1);
}

function tag(node: Node): string {
  return node.nodeName.toLowerCase();
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    if (tag(child) === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(tag(child))) rows.push(...elementChildren(child).filter((r) => tag(r) === 'tr'));
  }
  return rows;
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan'));
  return Number.isInteger(n) && n > 1 ? Math.min(n, 50) : 1;
}

export function tableRules(service: TurndownService): void {
  service.addRule('exportTable', {
    filter: 'table',
    replacement: (_content, node) => {
      const rows = tableRows(node);
      if (!rows.length) return '';
      const cellsOf = (tr: Element) => elementChildren(tr).filter((c) => tag(c) === 'td' || tag(c) === 'th');
      const matrix = rows.map((tr) =>
        cellsOf(tr).flatMap((cell) => {
          const text = flattenMarkdown(convert(service, cell)).replace(/\|/g, '\\|');
          return [text, ...Array<string>(span(cell) - 1).fill('')];
        }),
      );
      const width = Math.max(1, ...matrix.map((r) => r.length));
      const line = (cells: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      // GFM needs a header row; a table without one shows its first row there, which is usually what it holds.
      const delimiter = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
      const caption = elementChildren(node).find((c) => tag(c) === 'caption');
      const captionText = caption ? flattenMarkdown(convert(service, caption)) : '';
      const body = [line(matrix[0]!), delimiter, ...matrix.slice(1).map(line)].join('\n');
      return `\n\n${captionText ? `${captionText}\n\n` : ''}${body}\n\n`;
    },
  });
}

export function strikethroughRule(service: TurndownService): void {
  // Two tildes: GFM also reads one, but Obsidian and most notes apps only strike through with two.
  service.addRule('exportStrikethrough', {
    filter: ['del', 's'],
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });
}

/** Image(s) first, then the caption in italics on its own line, whatever order the page used. */
export function figureRule(service: TurndownService): void {
  service.addRule('exportFigure', {
    filter: 'figure',
    replacement: (_content, node) => {
      const clone = node.cloneNode(true) as Element;
      const captions = Array.from(clone.getElementsByTagName('figcaption'));
      for (const c of captions) c.parentNode?.removeChild(c);
      const media = convert(service, clone).trim();
      const caption = captions.map((c) => flattenMarkdown(convert(service, c))).filter(Boolean).join(' ');
      const parts = [media, caption ? `*${caption}*` : ''].filter(Boolean);
      return parts.length ? `\n\n${parts.join('\n\n')}\n\n` : '';
    },
  });
}

export function linkAndImageRules(service: TurndownService): void {
  service.addRule('exportLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const text = flattenMarkdown(content);
      const href = node.getAttribute('href')!;
      // In-page anchors point nowhere once the page is a note.
      if (!text || href.startsWith('#')) return text;
      return `[${text}](${markdownDestination(href)})`;
    },
  });
  service.addRule('exportImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = node.getAttribute('src');
      if (!src) return '';
      const alt = service.escape((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${markdownDestination(src)})`;
    },
  });
}

/** "- item" and "3. item" with one space (turndown pads markers to four columns); continuation lines align under the text. */
export function listItemRule(service: TurndownService): void {
  service.addRule('exportListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = '- ';
      if (parent && tag(parent) === 'ol') {
        const start = Number(parent.getAttribute('start'));
        const index = elementChildren(parent).filter((c) => tag(c) === 'li').indexOf(node);
        prefix = `${(Number.isInteger(start) && parent.hasAttribute('start') ? start : 1) + index}. `;
      }
      const isParagraph = /\n$/.test(content);
      const text = content.replace(/^\n+/, '').replace(/\n+$/, '') + (isParagraph ? '\n' : '');
      const indented = text.replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${indented}${node.nextSibling ? '\n' : ''}`;
    },
  });
}
