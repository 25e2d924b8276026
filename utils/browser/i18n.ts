// The browser's message catalogue (public/_locales/<lang>/messages.json, picked by the browser's UI language).
import { browser } from 'wxt/browser';

type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * The message in the browser's chosen locale, or undefined where there is none: outside an extension
 * page (Node, unit tests, where the i18n API is missing or throws) and for a key no catalogue holds
 * (the browser answers '').
 */
export function browserMessage(key: string, substitutions: string[]): string | undefined {
  try {
    const message = (browser.i18n.getMessage as GetMessage)(key, substitutions);
    return message || undefined;
  } catch {
    return undefined;
  }
}
