// What in an output would run, load or navigate by itself once a browser parses it. Every output is
// parsed here with the HTML standard's rules (parse5, scripting on, as in a browser), never with the
// DOM that wrote it: a serializer and a parser that disagree (mXSS) is exactly what this must catch.
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements that run, embed or redirect whatever their attributes. */
const EXECUTABLE_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe', 'handler',
  'xss', 'import',
]);
/** SVG elements that can set a link target, load a document or hold HTML. */
const SVG_ACTIVE = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'use', 'foreignobject', 'discard']);
/** Attributes read as URLs by some element, in any namespace (xlink:href is "href" with a prefix). */
const URL_ATTRS = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'data', 'codebase', 'background', 'lowsrc', 'dynsrc', 'cite',
  'longdesc', 'usemap', 'ping', 'manifest', 'icon', 'archive', 'classid', 'profile', 'itemtype', 'to', 'from', 'values',
  'by', 'xmlns', 'src-set', 'imagesrcset', 'srcset',
]);
const LINK_LOADS = /\b(stylesheet|import|modulepreload|preload|prefetch|prerender|serviceworker)\b/i;
const BAD_CSS = /expression\s*\(|javascript:|vbscript:|behaviou?r\s*:|-moz-binding|@import|url\s*\(\s*['"]?\s*(?!https?:)[a-z]+:/i;

/** CSS that runs script or loads a document (old IE and Gecko ran some of it); comments split words there. */
const badCss = (css: string) => BAD_CSS.test(css.replace(/\/\*[\s\S]*?(\*\/|$)/g, '').replace(/\\/g, ''));

export interface Finding {
  kind: 'element' | 'handler' | 'url' | 'srcdoc' | 'css' | 'refresh' | 'clobber' | 'markdown-link';
  where: string;
}

/** A URL whose scheme runs code or carries a document: javascript:, vbscript:, data: other than a raster image. */
export function dangerousUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere and control characters and spaces at the ends; removing every one
  // of them here can only find more, never less.
  const v = value.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '').toLowerCase();
  return /^(javascript|vbscript|livescript|mocha|jar|view-source|blob|filesystem):/.test(v) || (/^data:/.test(v) && !/^data:image\/(png|gif|jpe?g|webp|avif|bmp)[;,]/.test(v));
}

function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset' || name === 'imagesrcset' || name === 'src-set') return value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
  if (name === 'values') return value.split(';');
  return [value];
}

function checkElement(el: Element, options: { allowClobber: boolean }, out: Finding[]): void {
  const tag = el.tagName.toLowerCase();
  const here = (what: string) => `<${tag}${what}>`;
  if (EXECUTABLE_TAGS.has(tag)) out.push({ kind: 'element', where: here('') });
  if (el.namespaceURI === SVG_NS && SVG_ACTIVE.has(tag)) out.push({ kind: 'element', where: here(' (svg)') });
  const attr = (n: string) => el.attrs.find((a) => a.name.toLowerCase() === n)?.value ?? null;
  if (tag === 'meta' && /refresh|set-cookie|location/i.test(attr('http-equiv') ?? '')) out.push({ kind: 'refresh', where: here(` http-equiv=${attr('http-equiv')}`) });
  if (tag === 'link' && LINK_LOADS.test(attr('rel') ?? '')) out.push({ kind: 'element', where: here(` rel=${attr('rel')}`) });
  if (tag === 'style') {
    const css = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
    if (badCss(css)) out.push({ kind: 'css', where: here(` ${css.slice(0, 80)}`) });
  }
  for (const a of el.attrs) {
    const name = a.name.toLowerCase();
    const shown = ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${a.value.slice(0, 80)}"`;
    // An event handler is "on" and an event name, letters only: a bare "on" attribute runs nothing,
    // nor does "one-bedroom" (article words after a stray "<p" in plain text, fuzz page 7614).
    if (/^on[a-z]+$/.test(name)) out.push({ kind: 'handler', where: here(shown) });
    else if (name === 'srcdoc') out.push({ kind: 'srcdoc', where: here(shown) });
    else if (name === 'style' && badCss(a.value)) out.push({ kind: 'css', where: here(shown) });
    else if (name === 'attributename' && /href/i.test(a.value)) out.push({ kind: 'url', where: here(shown) });
    else if (URL_ATTRS.has(name) && urlsOf(name, a.value).some(dangerousUrl)) out.push({ kind: 'url', where: here(shown) });
    else if (!options.allowClobber && (name === 'id' || name === 'name')) out.push({ kind: 'clobber', where: here(shown) });
  }
}

function walk(root: Node, options: { allowClobber: boolean }): Finding[] {
  const out: Finding[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) checkElement(node, options, out);
    if ('content' in node && node.content) stack.push(node.content as Node);
    if ('childNodes' in node) for (const c of node.childNodes) stack.push(c);
  }
  return out;
}

/**
 * Findings in HTML as a browser would build it: a whole document, or a fragment inserted into a
 * <div> (how contentHtml and the view are used). Ids and names are findings in article content,
 * where they could clobber a page's globals, but a whole document of ours may carry them.
 */
export function findExecutable(html: string, as: 'document' | 'fragment'): Finding[] {
  const root = as === 'document' ? parse(html, { scriptingEnabled: true }) : parseFragment(html, { scriptingEnabled: true });
  return walk(root as Node, { allowClobber: as === 'document' });
}

// Markdown: a renderer passes raw HTML through and turns link and image destinations, autolinks and
// reference definitions into href/src, after undoing backslash escapes and entities.
const ESCAPABLE = /\\[!-/:-@[-`{-~]/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|colon|tab|newline|lpar|rpar|sol|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16) || 0xfffd);
    if (l.startsWith('#')) return String.fromCodePoint(Number(l.slice(1)) || 0xfffd);
    return NAMED[l] ?? '';
  });
}

/** Findings in a Markdown file: raw HTML outside code, and link targets with a dangerous scheme. */
export function findExecutableMarkdown(md: string): Finding[] {
  // Code blocks and spans are shown as text by every renderer; escaped characters are text too. The
  // YAML front matter is data (quoted strings), which renderers take off before reading Markdown.
  const prose = md
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(ESCAPABLE, '\u2400');
  const out = findExecutable(prose, 'fragment').filter((f) => f.kind !== 'clobber' || /<(a|img|form|embed|object|iframe)\b/.test(f.where));
  const targets = [
    ...[...prose.matchAll(/\]\(\s*<?([^)>\s]*)/g)].map((m) => m[1]!),
    ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+)/gm)].map((m) => m[1]!),
    ...[...prose.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)].map((m) => m[1]!),
  ];
  for (const t of targets) if (dangerousUrl(decodeEntities(t))) out.push({ kind: 'markdown-link', where: t.slice(0, 80) });
  return out;
}
