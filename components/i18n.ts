// Interface strings: t(key, ...subs) reads public/_locales through the browser, in its UI language;
// where there is no browser (unit tests, Node) the English catalogue answers, substituted the same way.
// Message keys read area_what (header_byline, filters_blocksRemoved); a count's variants end in
// _one/_other (and _zero/_two/_few/_many where the language has them) and go through tn().
import en from '../public/_locales/en/messages.json';
import { browserMessage } from '../utils/browser/i18n';

type Catalogue = Record<string, { message: string }>;
const ENGLISH: Catalogue = en;

export type MessageKey = keyof typeof en;
/** Keys with count variants, named without the _one/_other ending. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type Sub = string | number;

/** $1…$9 as the browsers read them ($$ is a literal $). */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

function lookup(key: string, subs: string[]): string | undefined {
  const fromBrowser = browserMessage(key, subs);
  if (fromBrowser !== undefined) return fromBrowser;
  const english = ENGLISH[key];
  return english ? substitute(english.message, subs) : undefined;
}

export function t(key: MessageKey, ...subs: Sub[]): string {
  return lookup(key, subs.map(String)) ?? key;
}

/** The message of a key made at run time (from a filter's id), or undefined where no catalogue has it. */
export function messageFor(key: string, ...subs: Sub[]): string | undefined {
  return lookup(key, subs.map(String));
}

/** The locale whose strings are showing: the browser may fall back to English for a language we lack. */
export function uiLang(): string {
  return t('ui_lang');
}

export function uiDir(): 'ltr' | 'rtl' {
  return t('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * lang and dir for an interface string inside content of another language: inside an Arabic header an
 * English "1 min read" keeps its own order (an element with dir is isolated from the text around it).
 */
export function uiText(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: uiLang(), dir: uiDir() };
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLang()).format(n);
}

/** A count's message in the plural form the UI language uses for it; the count is $1, in local digits. */
export function tn(key: PluralKey, count: number, ...subs: Sub[]): string {
  const category = new Intl.PluralRules(uiLang()).select(count);
  const rest = [formatNumber(count), ...subs.map(String)];
  return lookup(`${key}_${category}`, rest) ?? t(`${key}_other` as MessageKey, ...rest);
}

/** Sets the page's language and direction to the interface's: scrollbars, form controls and panels follow. */
export function applyUiLanguage(root: HTMLElement): void {
  root.lang = uiLang();
  root.dir = uiDir();
}
