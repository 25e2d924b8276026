// The reader view shows title, source, author and date in its own header; the copies the page
// put at the top of the body (a repeated headline, "Russia Today7 days ago", "By Jane Doe • 3h")
// would show twice. A line crediting the source ("Read full article at X", "Publié à l'origine sur X")
// is such a copy wherever it stands: a credit row, not prose.
import { compactKey, normalizeText, squash } from './kit/text';
import { headlineWithoutKicker } from './kit/dom';
import { hostOf } from './kit/hosts';
import { alternation, wordsOfAllLanguages } from './lexicon';
import type { BylineWords } from './lexicon/types';
import { ROLE_AFTER_NAME } from './metadata';
import { creditedName } from './publisher-credit';

interface Known {
  title: string;
  byline: string | null;
  source: string | null;
  siteName: string | null;
  /** The page's address: a row that is only an address on its site is the page's own link to copy. */
  url?: string;
  /** The page's declared description: a block saying it is the deck, which the date and byline rows may follow. */
  description?: string | null;
  /** The subheading under the headline on the page (headline-neighbours.ts): a deck like the description. */
  subheading?: string | null;
  /** The label above the headline on the page ("Trasporti"): the view shows no kicker. */
  kicker?: string | null;
}

const words = (pick: (b: BylineWords) => string[]) => alternation(wordsOfAllLanguages((l) => pick(l.byline)));
// An age ("3h ago"), a time or date word, a month ("Sep", "September"), a time zone ("EST") or a number.
// Word edges that know accented letters ("à", "mis à jour"): \\b takes "à" for no letter at all.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const TIME_WORDS = new RegExp(
  `${START}(\\d+\\s*(${words((b) => b.rowUnits)})${END}(\\s*ago)?|\\d{1,2}h\\d{2}|${words((b) => b.rowWords)}|(?:${words((b) => b.rowMonths)})\\p{L}*|[ecmp][sd]t|\\d+)${END}`,
  'giu',
);
const BY_WORDS = new RegExp(`${START}(${words((b) => b.rowJoiners)})${END}`, 'giu');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a row is compared with: the names we show (as patterns and as compact keys) and the page's host. */
interface RowContext {
  names: RegExp[];
  keys: string[];
  host: string | null;
}

function rowContext(names: string[], url: string | undefined): RowContext {
  return { names: names.map((n) => new RegExp(escape(n), 'gi')), keys: names.map(compactKey), host: url ? hostOf(url) : null };
}

/** Is this short block only names we already show plus times and dates, or a byline's label left alone ("By")? */
function isMetaRow(text: string, row: RowContext): boolean {
  // A price ("$1 for 6 months") is no date.
  if (/[$€£¥₹]\s?\d/.test(text)) return false;
  // The author's link went with the page's byline row and left its label behind.
  if (/\p{L}/u.test(text) && text.replace(BY_WORDS, ' ').replace(/[^\p{L}]/gu, '').length === 0) return true;
  // One part of a byline we show in full, on a row of its own ("Associated Press" under "Tom Davies, Associated Press").
  const key = compactKey(text);
  if (key.length >= MIN_NAME_PART && row.keys.some((n) => n.includes(key))) return true;
  // The page's own address, shown to be copied ("https://www.example.com/news/…-14848218.php").
  if (row.host && /^https?:\/\/\S+$/.test(text) && hostOf(text) === row.host) return true;
  let rest = text;
  let named = false;
  for (const re of row.names) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      named = true;
      rest = rest.replace(re, ' ');
    }
  }
  // "Tom Krisher, AP Auto Writer": the job title goes with the name we show.
  if (named) rest = rest.replace(ROLE_AFTER_NAME, ' ');
  const hadTime = TIME_WORDS.test(rest);
  TIME_WORDS.lastIndex = 0;
  rest = rest.replace(TIME_WORDS, ' ').replace(BY_WORDS, ' ');
  return (named || hadTime) && rest.replace(/[^\p{L}]/gu, '').length < 3;
}

/** The article's top: this many blocks that stay, the rows taken out not counted. */
const TOP_BLOCKS = 6;
/** A block of this many words that stays is a sentence, of a deck or of the body. */
const PROSE_WORDS = 8;
/** A clock time and nothing else: "10 p.m.", "8:30 PM", "14.45". */
const CLOCK_TIME = /^\d{1,2}([:.]\d{2})?\s*([ap]\.?\s?m\.?)?$/i;
/** A part of a byline this short ("AP", "By") is not told from other words by itself. */
const MIN_NAME_PART = 4;

export function cleanArticleTop(root: Element, known: Known): void {
  const names = [known.byline, known.source, known.siteName].filter((n): n is string => !!n && n.length > 1);
  const title = normalizeText(known.title);
  const row = rowContext(names, known.url);
  const decks = [known.description, known.subheading].filter((d): d is string => !!d).map(normalizeText);
  const kicker = known.kicker ? normalizeText(known.kicker) : '';
  // A headline repeated and a byline row with its parts (name, menu, agency) are several blocks
  // each: only the blocks that stay count, and a block inside one already counted is not counted again.
  let kept = 0;
  let counted: Element | null = null;
  let sawProse = false;
  for (const el of innermostBlocks(root)) {
    const text = squash(el.textContent);
    if (!text) continue;
    // The deck stays, and is no start of the body: the rows under it are still the top's.
    if (decks.includes(normalizeText(text))) continue;
    if (kicker && normalizeText(text) === kicker) {
      el.remove();
      continue;
    }
    if (text.length > 120) break;
    // Once a sentence has been read, a clock time alone heads a part of the body ("10 p.m." in a timeline).
    const partHeading = sawProse && CLOCK_TIME.test(text);
    // The headline with its kicker ("Hamburger Hafen" over it) goes whole: the view shows the headline.
    const headline = headlineWithoutKicker(el);
    const isTitle = !!title && (normalizeText(text) === title || (!!headline && normalizeText(headline) === title));
    if (isTitle || (!partHeading && isMetaRow(text, row))) {
      removeWithRow(el, root, row);
      continue;
    }
    if (text.split(' ').length >= PROSE_WORDS) sawProse = true;
    if (counted && counted.contains(el)) continue;
    counted = el;
    if (++kept >= TOP_BLOCKS) break;
  }
  cleanArticleBottom(root, row);
  if (title) dropHeadlineHeadings(root, title);
  if (known.source) dropCreditLines(root, known.source);
}

/**
 * Takes a block out, and the row it stood in when what is left there is the row's labels and
 * punctuation ("Publié le , mis à jour le" once the name and the times went).
 */
function removeWithRow(el: Element, root: Element, row: RowContext): void {
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== root && root.contains(parent)) {
    const left = squash(parent.textContent);
    if (left && !isMetaRow(left, row) && /\p{L}/u.test(left)) return;
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

/** A heading that repeats the headline is the headline, wherever a reading put it (the density method's blocks join mid-article). */
function dropHeadlineHeadings(root: Element, title: string): void {
  for (const h of Array.from(root.querySelectorAll('h1, h2'))) if (normalizeText(squash(h.textContent)) === title) h.remove();
}

/**
 * The same rows at the article's foot: a date line after the last paragraph ("First Published: Tuesday,
 * November 19, 2019 08:38 AM", "Updated at 1:23 p.m.") is the header's date again. Only the rows after
 * the last block that stays: a time before it heads a part of the article ("8:30 p.m." in a timeline).
 */
function cleanArticleBottom(root: Element, row: RowContext): void {
  for (const el of innermostBlocksFromEnd(root)) {
    // Inside a row taken out already.
    if (!root.contains(el)) continue;
    const text = squash(el.textContent);
    if (!text) continue;
    if (text.length > 120 || !isMetaRow(text, row)) break;
    el.remove();
  }
}

/** Blocks anywhere in the article whose whole text credits the source we show. */
function dropCreditLines(root: Element, source: string): void {
  const key = compactKey(source);
  for (const el of [...innermostBlocks(root)]) {
    const text = squash(el.textContent);
    if (!text || text.length > 120) continue;
    const name = creditedName(text);
    if (name && compactKey(name) === key) el.remove();
  }
}

const CANDIDATES = new Set(['h1', 'h2', 'h3', 'p', 'div', 'span', 'time', 'header', 'li']);
const INNER = new Set(['p', 'div', 'h1', 'h2', 'h3', 'li', 'img']);

/**
 * The blocks below root that hold no other block, in document order, found as they are asked for:
 * only the first few are ever read. (A query per element compiled its selector every time.)
 * Children are queued before an element is handed out, so removing it does not change the walk.
 * Names are lower-cased: linkedom keeps Readability's createElement("DIV") in capitals.
 */
function* innermostBlocks(root: Element): Generator<Element> {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    if (CANDIDATES.has(el.localName.toLowerCase()) && !holdsInner(el)) yield el;
  }
}

/** The same blocks from the last one back, each before the blocks inside it, found as they are asked for. */
function* innermostBlocksFromEnd(root: Element): Generator<Element> {
  const stack: Element[] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    if (CANDIDATES.has(el.localName.toLowerCase()) && !holdsInner(el)) yield el;
  }
}

function holdsInner(el: Element): boolean {
  const stack: Element[] = [];
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const x = stack.pop()!;
    if (INNER.has(x.localName.toLowerCase())) return true;
    for (let c = x.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}
