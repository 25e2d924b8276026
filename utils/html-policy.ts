// What article HTML may hold, wherever it is written: the pipeline's output (sanitize.ts), the
// exported files (export/sanitize-for-export.ts) and the extension pages that show it
// (components/sanitize.ts, through DOMPurify). One list, so the three cannot disagree: exports and
// views receive the pipeline's output, and with the same list they keep exactly what it kept.
// Each writer still checks URLs and values its own way (a file resolves links, a page adds
// rel/target), but none lets through a tag or an attribute that is not listed here.

/**
 * Dropped with everything inside: what runs, loads, submits or tracks, and the page's own chrome.
 * `nav` and `footer` belong here rather than among the kept tags: on a news page they hold site
 * links, copyright lines and newsletter boxes, even when Readability keeps them inside the article.
 */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'legend', 'link', 'meta', 'base', 'head', 'title', 'svg',
  'math', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area', 'dialog', 'portal', 'slot', 'nav', 'footer',
  'amp-ad', 'amp-embed', 'amp-analytics', 'amp-pixel', 'amp-sidebar', 'amp-consent', 'amp-iframe', 'amp-video',
]);

/** On any kept tag. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'dir'];

/**
 * The kept tags and the attributes each may carry besides the global ones; any other tag is
 * unwrapped (its text stays). Exports write attributes in this order, after the global ones.
 */
export const ALLOWED_TAGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  p: [], br: [], hr: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'reversed', 'type'], li: [], dl: [], dt: [], dd: [],
  blockquote: ['cite'], q: ['cite'], cite: [], pre: [], code: [], kbd: [], samp: [], var: [],
  em: [], strong: [], b: [], i: [], u: [], s: [], del: [], ins: [], mark: [], small: [], sub: [], sup: [],
  a: ['href', 'title'], img: ['src', 'title', 'alt', 'width', 'height'], figure: [], figcaption: [],
  table: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  caption: [], colgroup: ['span'], col: ['span'],
  span: [], div: [], section: [], aside: [], header: [], address: [],
  abbr: ['title'], time: ['datetime'], details: [], summary: [], bdi: [], bdo: [], wbr: [],
}));

/** Whether `tag` (lower case) may keep attribute `name` (lower case). */
export function attributeAllowed(tag: string, name: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(name) || (ALLOWED_TAGS.get(tag)?.includes(name) ?? false);
}
