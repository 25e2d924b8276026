// A saved page into a linkedom Document the way a browser would build it. linkedom's own parser
// takes the first element of the file for the root: a page that starts with a <meta>, a <script> or
// a PHP warning before <html>, or has no <html> tag at all, comes out with its <body> outside the
// root, and the pipeline then finds "no body" where a browser shows the page. parse5 runs the HTML
// standard's tree construction; its serialisation is well-formed, which linkedom reads faithfully.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { MAX_ELEMENTS } from '../../utils/extract-page';
import { PageTooLargeError } from './read-page';

/**
 * linkedom sets a class attribute by spreading its names into one call, which overflows the stack
 * past about 100,000 names (a hostile or broken page); no real element has more than a few dozen,
 * and the pipeline reads only the first ones.
 */
export const MAX_CLASS_NAMES = 1000;

interface Parse5Node {
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

export function browserShapedHtml(html: string): string {
  const doc = parse(html) as unknown as Parse5Node;
  // Iterative: a page may nest far deeper than the stack allows.
  const stack: Parse5Node[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    for (const attr of node.attrs ?? []) if (attr.name === 'class' && attr.value.length > MAX_CLASS_NAMES) attr.value = firstNames(attr.value);
    if (node.childNodes) stack.push(...node.childNodes);
    if (node.content) stack.push(node.content);
  }
  return serialize(doc as never);
}

/** The first MAX_CLASS_NAMES names of a class attribute. */
function firstNames(value: string): string {
  const names = value.split(/[ \t\n\f\r]+/).filter(Boolean);
  return names.length > MAX_CLASS_NAMES ? names.slice(0, MAX_CLASS_NAMES).join(' ') : value;
}

/**
 * About how many elements the page will have: its start tags outside scripts, styles and comments.
 * A page far over the pipeline's element limit is refused from this count, before two parsers
 * spend seconds and a gigabyte building a tree the pipeline would refuse anyway.
 */
export function roughElementCount(html: string): number {
  const markup = html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  let n = 0;
  for (let i = markup.indexOf('<'); i >= 0; i = markup.indexOf('<', i + 1)) {
    const c = markup.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** Refused pages have at least this many times the element limit in start tags: the count is rough. */
const ROUGH_MARGIN = 1.5;

export function parsePage(html: string): Document {
  const rough = roughElementCount(html);
  if (rough > MAX_ELEMENTS * ROUGH_MARGIN) {
    throw new PageTooLargeError(`This page is too large to read cleanly (about ${rough} elements; the limit is ${MAX_ELEMENTS}).`);
  }
  return parseHTML(browserShapedHtml(html)).document as unknown as Document;
}
