import type { PageResult } from '../types.ts';
import { exportFileName, type ExportExtension } from './file-name.ts';
import { exportMeta } from './metadata.ts';
import { toHtmlDocument } from './to-html.ts';
import { toMarkdown } from './to-markdown.ts';
import { toText } from './to-text.ts';
import type { ExportedFile, ExportFormat, ExportOptions } from './types.ts';

export type { ExportedFile, ExportFormat, ExportOptions, ExportTheme, ParseHtml } from './types.ts';
export { exportFileName } from './file-name.ts';
export { toHtmlDocument } from './to-html.ts';
export { toMarkdown } from './to-markdown.ts';
export { toText } from './to-text.ts';
export { sanitizeForExport } from './sanitize-for-export.ts';

const FORMATS: Record<ExportFormat, { ext: ExportExtension; mimeType: string }> = {
  md: { ext: 'md', mimeType: 'text/markdown;charset=utf-8' },
  html: { ext: 'html', mimeType: 'text/html;charset=utf-8' },
  text: { ext: 'txt', mimeType: 'text/plain;charset=utf-8' },
};

/** The article in one format, with the file name and MIME type to save or copy it under. */
export function exportArticle(result: PageResult, format: ExportFormat, options: ExportOptions): ExportedFile {
  const { ext, mimeType } = FORMATS[format];
  const content =
    format === 'md' ? toMarkdown(result, options) : format === 'html' ? toHtmlDocument(result, options) : toText(result, options);
  const title = result.article || result.title ? exportMeta(result).title : null;
  return { fileName: exportFileName(title, ext), mimeType, content };
}
