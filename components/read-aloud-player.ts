// Reads a list of blocks aloud one utterance at a time, marking the block being read.
// One utterance per block keeps the highlight in step with the voice, and stays under the length at
// which some engines stop speaking mid-text.
import { blockText, pickVoice } from '../utils/reader/read-aloud-plan';
import { t } from './i18n';

export type ReadAloudState = 'idle' | 'playing' | 'paused';

/** The parts of window.speechSynthesis the player uses (a fake stands in for it in tests). */
export interface SpeechEngine {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export const CURRENT_CLASS = 'read-aloud-current';
/**
 * How long an engine that lists no voice may take to start speaking. An empty list may only be still
 * loading (Chrome fills it after the first call) and the default voice then speaks; but Firefox on Linux
 * without speech-dispatcher lists none and never speaks, nor reports an error.
 */
export const SILENT_ENGINE_MS = 4000;

export interface PlayerEvents {
  onState: (state: ReadAloudState, current: Element | null) => void;
  onError: (message: string) => void;
}

export class ReadAloudPlayer {
  private blocks: Element[] = [];
  private index = 0;
  /** Where in the current block's text the voice has got to (a word start), for resuming there. */
  private reached = 0;
  /** Bumped on every pause and stop: events of an utterance from an older run are ignored. */
  private run = 0;
  private lang: string | null = null;
  /** Whether the engine has been heard starting an utterance: then it speaks, voice list or not. */
  private heard = false;
  private silenceTimer: ReturnType<typeof setTimeout> | null = null;
  state: ReadAloudState = 'idle';

  constructor(
    private readonly engine: SpeechEngine,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance,
    private readonly events: PlayerEvents,
  ) {}

  /** Whether the system has a voice for `lang`; unknown (true) while the voice list is still loading. */
  hasVoiceFor(lang: string | null): boolean {
    const voices = this.engine.getVoices();
    return !lang || voices.length === 0 || pickVoice(voices, lang) !== null;
  }

  play(blocks: Element[], lang: string | null, startAt = 0): void {
    this.halt();
    this.blocks = blocks;
    this.lang = lang;
    this.speakFrom(Math.max(0, Math.min(startAt, blocks.length)), 0);
  }

  /**
   * Pause cancels and remembers the word reached; resume speaks on from it. speechSynthesis.pause()
   * is not used: on Linux and Android Chrome voices keep talking or never resume after it.
   */
  pause(): void {
    if (this.state !== 'playing') return;
    this.halt();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.speakFrom(this.index, this.reached);
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.halt();
    this.setState('idle');
    this.blocks = [];
  }

  private halt(): void {
    this.run++;
    if (this.silenceTimer !== null) clearTimeout(this.silenceTimer);
    this.silenceTimer = null;
    this.engine.cancel();
  }

  /** Stops, with a word, when an engine that lists no voice has not started this utterance in time. */
  private watchForSilence(u: SpeechSynthesisUtterance, run: number): void {
    if (this.heard || this.engine.getVoices().length > 0) return;
    u.onstart = () => {
      this.heard = true;
    };
    if (this.silenceTimer !== null) clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => {
      this.silenceTimer = null;
      if (run !== this.run || this.heard || this.state !== 'playing') return;
      this.stop();
      this.events.onError(t('speech_noVoiceAnswered'));
    }, SILENT_ENGINE_MS);
  }

  private speakFrom(index: number, offset: number): void {
    const block = this.blocks[index];
    // A block gone from the page (the article was re-read) ends the reading rather than talk about nothing.
    if (!block || !block.isConnected) {
      this.stop();
      return;
    }
    this.index = index;
    this.reached = offset;
    const run = this.run;
    const u = this.makeUtterance(blockText(block).slice(offset));
    if (this.lang) u.lang = this.lang;
    const voice = pickVoice(this.engine.getVoices(), this.lang);
    if (voice) u.voice = voice;
    u.onboundary = (e) => {
      if (run === this.run && e.name !== 'sentence') this.reached = offset + e.charIndex;
    };
    u.onend = () => {
      if (run === this.run) this.speakFrom(index + 1, 0);
    };
    u.onerror = (e) => {
      if (run !== this.run || e.error === 'interrupted' || e.error === 'canceled') return;
      this.stop();
      this.events.onError(t('speech_engineError', e.error));
    };
    this.watchForSilence(u, run);
    this.setState('playing');
    this.engine.speak(u);
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    const current = state === 'idle' ? null : (this.blocks[this.index] ?? null);
    for (const b of this.blocks) b.classList.toggle(CURRENT_CLASS, b === current);
    this.events.onState(state, current);
  }
}
