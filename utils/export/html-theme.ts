import type { ExportTheme } from './types.ts';

const PALETTES: Record<ExportTheme, { bg: string; fg: string; muted: string; link: string; rule: string; code: string }> = {
  light: { bg: '#ffffff', fg: '#1f2328', muted: '#5f6368', link: '#0b57d0', rule: '#dadce0', code: '#f3f4f6' },
  dark: { bg: '#17181c', fg: '#e3e3e6', muted: '#a0a3ab', link: '#8ab4f8', rule: '#3a3d44', code: '#24262c' },
  sepia: { bg: '#f4ecd8', fg: '#433422', muted: '#7a6651', link: '#8a4b12', rule: '#d9c9a8', code: '#ebe0c6' },
};

/** Inline style sheet of the exported file: one reader theme, a measure of about 70 characters, print-friendly. */
export function exportCss(theme: ExportTheme): string {
  const p = PALETTES[theme];
  return `
:root { color-scheme: ${theme === 'dark' ? 'dark' : 'light'}; }
* { box-sizing: border-box; }
html { background: ${p.bg}; color: ${p.fg}; }
body { margin: 0; padding: 2rem 1.25rem 4rem; font: 1.15rem/1.65 Georgia, "Iowan Old Style", "Noto Serif", serif; }
main { max-width: 38rem; margin: 0 auto; }
header.article-header { margin-bottom: 2rem; padding-bottom: 1.25rem; border-bottom: 1px solid ${p.rule}; }
header.article-header h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
.meta, .provenance, footer { font: 0.9rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${p.muted}; }
.meta p { margin: 0.2rem 0; }
a { color: ${p.link}; }
img { max-width: 100%; height: auto; }
header.article-header .lead-image { display: block; margin-top: 1rem; }
figure { margin: 1.5rem 0; }
figcaption { font-size: 0.9rem; color: ${p.muted}; margin-top: 0.4rem; }
blockquote { margin: 1.25rem 0; padding-left: 1rem; border-left: 3px solid ${p.rule}; color: ${p.muted}; }
pre, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; background: ${p.code}; }
pre { padding: 0.75rem 1rem; overflow-x: auto; border-radius: 4px; }
code { padding: 0.1em 0.3em; border-radius: 3px; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; width: 100%; margin: 1.25rem 0; font-size: 0.95rem; }
th, td { border: 1px solid ${p.rule}; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
hr { border: 0; border-top: 1px solid ${p.rule}; margin: 2rem 0; }
section.related { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid ${p.rule}; }
section.related li { margin: 0.4rem 0; }
section.related .details { color: ${p.muted}; font-size: 0.9rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid ${p.rule}; }
@media print {
  html { background: #fff; color: #000; }
  body { padding: 0; }
  a { color: inherit; }
}
`.trim();
}
