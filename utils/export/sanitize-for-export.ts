// Sanitizer for exported files, by the allow-list in ../html-policy.ts. It reads a DOM and writes a new HTML string
// itself instead of mutating the tree and trusting the DOM's serializer, so it behaves the same on linkedom, jsdom and
// a browser, and nothing outside the allow-list (tags, attributes, URL schemes) can reach the output.
import { ALLOWED_TAGS, DROPPED_TAGS, GLOBAL_ATTRIBUTES } from '../html-policy.ts';
import { escapeHtml } from './escape-html.ts';
import { parseBody } from './parse-body.ts';
import type { ParseHtml } from './types.ts';
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, largestSrcsetCandidate } from '../kit/images.ts';
import { safeHttpUrl, safeLinkUrl } from '../safe-url.ts';

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col']);

const NUMERIC_ATTRS = new Set(['start', 'width', 'height', 'colspan', 'rowspan', 'span']);
const URL_ATTRS = new Set(['cite']);

export interface SanitizeOptions {
  /** Base for relative URLs; without it relative links and images are dropped. */
  baseUrl: string | null;
}

/** Parses `html` with the given parser and returns the allow-listed HTML of its body. */
export function sanitizeForExport(html: string, parse: ParseHtml, options: SanitizeOptions): string {
  return sanitizeChildren(parseBody(parse, html), options);
}

/** The allow-listed HTML of a node's children; the node itself is not written. */
export function sanitizeChildren(node: Node, options: SanitizeOptions): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += sanitizeNode(child, options);
  return out;
}

function sanitizeNode(node: Node, options: SanitizeOptions): string {
  if (node.nodeType === 3) return escapeHtml(node.nodeValue ?? '');
  if (node.nodeType !== 1) return ''; // comments, CDATA, processing instructions
  const el = node as Element;
  const tag = el.nodeName.toLowerCase();
  if (DROPPED_TAGS.has(tag)) return '';
  const allowed = ALLOWED_TAGS.get(tag);
  if (!allowed) return sanitizeChildren(el, options);

  const attrs = keptAttributes(el, tag, allowed, options);
  if (attrs === null) return tag === 'a' ? sanitizeChildren(el, options) : '';
  const open = `<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}>`;
  if (VOID.has(tag)) return open;
  let inner = sanitizeChildren(el, options);
  // The HTML parser eats one newline right after <pre>; a second one keeps the first line's leading newline.
  if (tag === 'pre' && inner.startsWith('\n')) inner = `\n${inner}`;
  return `${open}${inner}</${tag}>`;
}

/** The attributes to write, or null when the element cannot stay (a link or image without a safe URL). */
function keptAttributes(
  el: Element,
  tag: string,
  allowed: readonly string[],
  options: SanitizeOptions,
): Array<[string, string]> | null {
  const kept: Array<[string, string]> = [];
  for (const name of [...GLOBAL_ATTRIBUTES, ...allowed]) {
    if (tag === 'a' && name === 'href') continue;
    if (tag === 'img' && name === 'src') continue;
    const raw = el.getAttribute(name);
    if (raw === null) continue;
    const value = cleanAttribute(name, raw, options);
    if (value !== null) kept.push([name, value]);
  }
  if (tag === 'a') {
    const href = safeLinkUrl(el.getAttribute('href'), options.baseUrl);
    if (!href) return null;
    kept.unshift(['href', href]);
    if (!href.startsWith('#')) kept.push(['rel', 'noopener noreferrer']);
  }
  if (tag === 'img') {
    const src = imageSource(el, options.baseUrl);
    if (!src) return null;
    kept.unshift(['src', src]);
  }
  return kept;
}

function cleanAttribute(name: string, raw: string, options: SanitizeOptions): string | null {
  if (NUMERIC_ATTRS.has(name)) return /^\s*\d{1,6}\s*$/.test(raw) ? raw.trim() : null;
  if (URL_ATTRS.has(name)) return safeHttpUrl(raw, options.baseUrl);
  if (name === 'dir') return /^(ltr|rtl|auto)$/i.test(raw.trim()) ? raw.trim().toLowerCase() : null;
  if (name === 'type') return /^[1aAiI]$/.test(raw.trim()) ? raw.trim() : null;
  return raw;
}

/** src, or a lazy-loading page's real source or largest srcset candidate, if it is an absolute http(s) URL. */
function imageSource(el: Element, baseUrl: string | null): string | null {
  const candidates = [
    el.getAttribute('src'),
    ...LAZY_SRC_ATTRS.map((a) => el.getAttribute(a)),
    ...LAZY_SRCSET_ATTRS.map((a) => largestSrcsetCandidate(el.getAttribute(a))),
  ];
  for (const candidate of candidates) {
    const src = safeHttpUrl(candidate, baseUrl);
    if (src) return src;
  }
  return null;
}
