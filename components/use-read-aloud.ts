// Read aloud for the article on the page: the player, its state for the controls, and where to start.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/types';
import { readableBlocks } from '../utils/reader/read-aloud-plan';
import { ReadAloudPlayer, type ReadAloudState } from './read-aloud-player';
import { t, uiLang } from './i18n';

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
    return new Intl.DisplayNames(uiLang(), { type: 'language' }).of(lang) ?? lang;
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
  // Made on the first play: the page may hold no speech engine until then, and an idle reader costs nothing.
  const playerRef = useRef<ReadAloudPlayer | null>(null);
  const player = (): ReadAloudPlayer =>
    (playerRef.current ??= new ReadAloudPlayer(speechSynthesis, (text) => new SpeechSynthesisUtterance(text), {
      onState: (s, current) => {
        setState(s);
        if (s === 'playing' && current) keepInView(current);
      },
      onError: setNote,
    }));

  useEffect(() => {
    const stop = () => playerRef.current?.stop();
    // Some engines keep talking after the page that started them is gone.
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, []);
  // A re-read article (a filter switched) replaces the blocks being read.
  useEffect(() => () => playerRef.current?.stop(), [article?.contentHtml]);

  const start = () => {
    const view = root();
    const body = view?.querySelector('article');
    if (!supported || !article || !body) return;
    const title = view?.querySelector('.article-title');
    const blocks = [...(title ? [title] : []), ...readableBlocks(body)];
    const lang = article.lang ?? (document.documentElement.lang || null);
    setNote(player().hasVoiceFor(lang) ? null : t('speech_noVoice', languageName(lang ?? '')));
    player().play(blocks, lang, firstInView(blocks));
  };

  return {
    supported,
    state,
    note,
    toggle: () => {
      const p = playerRef.current;
      if (p?.state === 'playing') p.pause();
      else if (p?.state === 'paused') p.resume();
      else start();
    },
    stop: () => playerRef.current?.stop(),
  };
}
