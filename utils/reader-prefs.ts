// How the reader tab looks. Pure data + repair; stored by settings-store.ts.

export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans' | 'mono';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type LineHeight = 'compact' | 'normal' | 'loose';

export interface ReaderPrefs {
  theme: Theme;
  /** Body text size in CSS px. */
  fontSize: number;
  fontFamily: FontFamily;
  lineWidth: LineWidth;
  lineHeight: LineHeight;
}

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;

export const DEFAULT_READER_PREFS: ReaderPrefs = { theme: 'auto', fontSize: 19, fontFamily: 'serif', lineWidth: 'medium', lineHeight: 'normal' };

/** The CSS line-height of each choice: unitless, so it scales with the text size. */
export const LINE_HEIGHTS: Record<LineHeight, number> = { compact: 1.4, normal: 1.6, loose: 1.9 };

const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sepia'];
const FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'mono'];
const WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
const HEIGHTS = Object.keys(LINE_HEIGHTS) as LineHeight[];

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Synced storage can hold anything an older version or another device wrote: keep what is valid. */
export function normalizeReaderPrefs(raw: unknown): ReaderPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const size = typeof r.fontSize === 'number' && Number.isFinite(r.fontSize) ? Math.round(r.fontSize) : DEFAULT_READER_PREFS.fontSize;
  return {
    theme: pick(THEMES, r.theme, DEFAULT_READER_PREFS.theme),
    fontSize: Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, size)),
    fontFamily: pick(FAMILIES, r.fontFamily, DEFAULT_READER_PREFS.fontFamily),
    lineWidth: pick(WIDTHS, r.lineWidth, DEFAULT_READER_PREFS.lineWidth),
    lineHeight: pick(HEIGHTS, r.lineHeight, DEFAULT_READER_PREFS.lineHeight),
  };
}
