// What read aloud reads and with which voice. Pure: blocks come from any ParentNode, voices are plain data.
import { squash } from '../kit/text';

/** Elements that hold a run of text a listener hears as one piece. */
const BLOCK_SELECTOR = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, th, div, section';

/**
 * The article's text blocks in reading order, innermost first: a <li> holding a <p> is read as that
 * <p>, so each piece is highlighted once and never read twice.
 */
export function readableBlocks(root: ParentNode): Element[] {
  const all = [...root.querySelectorAll(BLOCK_SELECTOR)];
  return all.filter((el) => !el.querySelector(BLOCK_SELECTOR) && squash(el.textContent) !== '');
}

export function blockText(el: Element): string {
  return squash(el.textContent);
}

/** The parts of SpeechSynthesisVoice the choice reads. */
export interface VoiceInfo {
  lang: string;
  name: string;
  default: boolean;
  localService: boolean;
}

function langKey(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * The voice for an article in `lang`: the same language and region first ("pt-BR"), else the same
 * language ("pt-PT" for "pt-BR"); among equals the system's default voice, then one that works offline.
 * null when no voice speaks the language (or the article does not say its language).
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string | null): V | null {
  if (!lang) return null;
  const want = langKey(lang);
  const primary = want.split('-')[0];
  const rank = (v: V): number => {
    const have = langKey(v.lang);
    const match = have === want ? 2 : have.split('-')[0] === primary ? 1 : 0;
    return match === 0 ? 0 : match * 4 + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  };
  let best: V | null = null;
  let bestRank = 0;
  for (const v of voices) {
    const r = rank(v);
    if (r > bestRank) [best, bestRank] = [v, r];
  }
  return best;
}
