// A saved page into a linkedom Document the way a browser would build it. linkedom's own parser
// takes the first element of the file for the root: a page that starts with a <meta>, a <script> or
// a PHP warning before <html>, or has no <html> tag at all, comes out with its <body> outside the
// root, and the pipeline then finds "no body" where a browser shows the page. parse5 runs the HTML
// standard's tree construction; its serialisation is well-formed, which linkedom reads faithfully.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function browserShapedHtml(html: string): string {
  return serialize(parse(html));
}

export function parsePage(html: string): Document {
  return parseHTML(browserShapedHtml(html)).document as unknown as Document;
}
