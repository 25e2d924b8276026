// Read aloud for the article on the page: the player, its state for the controls, and where to start.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../utils/types';
import { readableBlocks } from '../utils/reader/read-aloud-plan';
import { ReadAloudPlayer, type ReadAloudState } from './read-aloud-player';

export interface ReadAloud {
  supported: boolean;
  state: ReadAloudState;
  /** A word for the listener: no voice for the article's language, or why the reading stopped. */
  note: string | null;
  toggle: () => void;
  stop: () => void;
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function toolbarBottom(): number {
  return document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
}

/** Reading starts where the reader is: the first block not yet scrolled past. */
function firstInView(blocks: Element[]): number {
  const top = toolbarBottom();
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top);
  return i < 0 ? 0 : i;
}

function keepInView(el: Element): void {
  const r = el.getBoundingClientRect();
  if (r.top >= toolbarBottom() && r.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** `root` holds the article view: its title is read first, then the article's blocks. */
export function useReadAloud(article: Article | null, root: () => Element | null): ReadAloud {
  const supported = typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
  const [state, setState] = useState<ReadAloudState>('idle');
  const [note, setNote] = useState<string | null>(null);
  const player = useMemo(
    () =>
      supported
        ? new ReadAloudPlayer(speechSynthesis, (text) => new SpeechSynthesisUtterance(text), {
            onState: (s, current) => {
              setState(s);
              if (s === 'playing' && current) keepInView(current);
            },
            onError: setNote,
          })
        : null,
    [supported],
  );

  useEffect(() => {
    if (!player) return;
    const stop = () => player.stop();
    // Some engines keep talking after the page that started them is gone.
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [player]);
  // A re-read article (a filter switched) replaces the blocks being read.
  useEffect(() => () => player?.stop(), [player, article?.contentHtml]);

  const start = () => {
    const view = root();
    const body = view?.querySelector('article');
    if (!player || !article || !body) return;
    const title = view?.querySelector('.article-title');
    const blocks = [...(title ? [title] : []), ...readableBlocks(body)];
    const lang = article.lang ?? (document.documentElement.lang || null);
    setNote(player.hasVoiceFor(lang) ? null : `No ${languageName(lang ?? '')} voice on this system: the default voice reads it.`);
    player.play(blocks, lang, firstInView(blocks));
  };

  return {
    supported,
    state,
    note,
    toggle: () => {
      if (!player) return;
      if (player.state === 'playing') player.pause();
      else if (player.state === 'paused') player.resume();
      else start();
    },
    stop: () => player?.stop(),
  };
}
