import type { PageResult } from '../types.ts';
import { escapeHtml } from './escape-html.ts';
import { exportCss } from './html-theme.ts';
import { displayDate, exportMeta, groupHeading, oneLine, readingTimeText, storyDetails, wantsRelated, type ExportMeta } from './metadata.ts';
import { sanitizeForExport } from './sanitize-for-export.ts';
import type { ExportTheme, ParseHtml } from './types.ts';
import { safeHttpUrl } from '../safe-url.ts';

export interface HtmlOptions {
  parse: ParseHtml;
  exportedAt: Date;
  theme?: ExportTheme;
  includeRelated?: boolean;
}

// A saved page runs nothing and loads only images; if anything slipped past the sanitizer, the browser still blocks it.
const CSP = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function metaTag(attr: 'name' | 'property', key: string, value: string | null): string | null {
  return value === null ? null : `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
}

function headMetadata(meta: ExportMeta): string[] {
  const date = displayDate(meta.published);
  const tags = [
    metaTag('name', 'author', meta.author),
    metaTag('name', 'description', meta.excerpt),
    meta.url ? `<link rel="canonical" href="${escapeHtml(meta.url)}">` : null,
    metaTag('property', 'og:type', 'article'),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:url', meta.url),
    metaTag('property', 'og:site_name', meta.source ?? meta.site),
    metaTag('property', 'og:description', meta.excerpt),
    metaTag('property', 'og:image', meta.leadImage),
    metaTag('property', 'article:published_time', meta.published),
    metaTag('property', 'article:author', meta.author),
    // Highwire-style tags, which reference managers (Zotero and the like) read from a saved page.
    metaTag('name', 'citation_title', meta.title),
    metaTag('name', 'citation_author', meta.author),
    metaTag('name', 'citation_publication_date', date?.replace(/-/g, '/') ?? null),
    metaTag('name', 'citation_publisher', meta.source ?? meta.site),
    metaTag('name', 'citation_public_url', meta.url),
  ];
  return tags.filter((t): t is string => t !== null);
}

function articleHeader(meta: ExportMeta): string {
  const date = displayDate(meta.published);
  const origin = [meta.source, meta.site && meta.site !== meta.source ? `via ${meta.site}` : null].filter(Boolean);
  const byline = [
    meta.author ? `By ${escapeHtml(meta.author)}` : null,
    date && meta.published ? `<time datetime="${escapeHtml(meta.published)}">${escapeHtml(date)}</time>` : null,
    meta.readingMinutes !== null ? `${escapeHtml(readingTimeText(meta.readingMinutes)!)} read` : null,
  ].filter(Boolean);
  const lines = [
    origin.length ? `<p class="origin">${escapeHtml(origin.join(' '))}</p>` : null,
    byline.length ? `<p class="byline">${byline.join(' · ')}</p>` : null,
    meta.url ? `<p class="original"><a href="${escapeHtml(meta.url)}" rel="noopener noreferrer">Original article</a></p>` : null,
  ].filter(Boolean);
  const image = meta.headerImage ? `\n<img class="lead-image" src="${escapeHtml(meta.headerImage)}" alt="">` : '';
  return `<header class="article-header">
<h1>${escapeHtml(meta.title)}</h1>
${lines.length ? `<div class="meta">\n${lines.join('\n')}\n</div>` : ''}${image}
</header>`;
}

function relatedSection(result: PageResult): string {
  const groups = result.related.groups.flatMap((group) => {
    const items = group.stories.flatMap((story) => {
      const title = oneLine(story.title);
      if (!title) return [];
      const url = safeHttpUrl(story.url, null);
      const link = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(title)}</a>` : escapeHtml(title);
      const details = storyDetails(story);
      return [`<li>${link}${details ? ` <span class="details">— ${escapeHtml(details)}</span>` : ''}</li>`];
    });
    if (!items.length) return [];
    const label = groupHeading(result, group);
    return [`${label ? `<h3>${escapeHtml(label)}</h3>\n` : ''}<ul>\n${items.join('\n')}\n</ul>`];
  });
  return `<section class="related">\n<h2>Related stories</h2>\n${groups.join('\n')}\n</section>`;
}

/** One self-contained HTML file: metadata in <head>, inline CSS, the article re-sanitized, no scripts or embeds. */
export function toHtmlDocument(result: PageResult, options: HtmlOptions): string {
  const meta = exportMeta(result);
  const theme = options.theme ?? 'light';
  const article = result.article;
  const content = article ? sanitizeForExport(article.contentHtml, options.parse, { baseUrl: article.url }) : '';
  const exported = options.exportedAt.toISOString();
  const htmlAttrs = [meta.lang ? ` lang="${escapeHtml(meta.lang)}"` : '', meta.dir ? ` dir="${meta.dir}"` : ''].join('');

  return `<!doctype html>
<html${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(meta.title)}</title>
${headMetadata(meta).join('\n')}
<meta name="generator" content="Clear News Reader">
<style>
${exportCss(theme)}
</style>
</head>
<body class="theme-${theme}">
<main>
<article>
${articleHeader(meta)}
<div class="content">
${content}
</div>
</article>
${wantsRelated(result, options.includeRelated) ? relatedSection(result) : ''}
<footer>Saved with Clear News Reader on <time datetime="${exported}">${exported.slice(0, 10)}</time>${
    meta.url ? ` from <a href="${escapeHtml(meta.url)}" rel="noopener noreferrer">${escapeHtml(new URL(meta.url).host)}</a>` : ''
  }.</footer>
</main>
</body>
</html>
`;
}
