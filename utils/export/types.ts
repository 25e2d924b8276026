/** Parses a full HTML string: linkedom's DOMParser under Node, the browser's DOMParser in the popup. */
export type ParseHtml = (html: string) => Document;

export type ExportFormat = 'md' | 'html' | 'text';
export type ExportTheme = 'light' | 'dark' | 'sepia';

export interface ExportOptions {
  parse: ParseHtml;
  /** When the person exported; passed in so the functions stay pure. */
  exportedAt: Date;
  /** Append the related-story groups. Defaults to true only when there is no article. */
  includeRelated?: boolean;
  /** HTML only. */
  theme?: ExportTheme;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}
