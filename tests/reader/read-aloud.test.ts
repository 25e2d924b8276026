// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickVoice, readableBlocks } from '../../utils/reader/read-aloud-plan';
import { CURRENT_CLASS, ReadAloudPlayer, SILENT_ENGINE_MS, type ReadAloudState, type SpeechEngine } from '../../components/read-aloud-player';

function article(html: string): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readableBlocks', () => {
  it('takes the innermost text blocks in reading order, skipping empty ones', () => {
    const root = article(`
      <p>One</p>
      <ul><li><p>Two</p></li><li>Three</li></ul>
      <blockquote><p>Four</p></blockquote>
      <figure><img src="x.jpg"><figcaption>Five</figcaption></figure>
      <p>  </p><div>Six</div>`);
    expect(readableBlocks(root).map((b) => b.textContent?.trim())).toEqual(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
  });
});

describe('pickVoice', () => {
  const v = (lang: string, name: string, isDefault = false, localService = true) => ({ lang, name, default: isDefault, localService });
  const voices = [v('en-US', 'Ann', true), v('de-DE', 'Dora', false, false), v('de-AT', 'Anton'), v('pt_BR', 'Bia'), v('pt-PT', 'Rui', true)];
  it('prefers the same language and region, then the same language, default then offline among equals', () => {
    expect(pickVoice(voices, 'de-AT')?.name).toBe('Anton');
    expect(pickVoice(voices, 'de')?.name).toBe('Anton'); // offline beats online when neither is the default
    expect(pickVoice(voices, 'pt-BR')?.name).toBe('Bia'); // written with an underscore by some systems
    expect(pickVoice(voices, 'pt')?.name).toBe('Rui');
    expect(pickVoice(voices, 'EN-gb')?.name).toBe('Ann');
  });
  it('gives no voice for a language none speaks, or an article with no language', () => {
    expect(pickVoice(voices, 'ar')).toBeNull();
    expect(pickVoice(voices, null)).toBeNull();
  });
});

/** A speech engine that records what it is asked to say; the test fires its events. */
function fakeEngine(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const spoken: SpeechSynthesisUtterance[] = [];
  let cancels = 0;
  const engine: SpeechEngine = {
    speak: (u) => spoken.push(u),
    cancel: () => void cancels++,
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  const make = (text: string) => ({ text }) as unknown as SpeechSynthesisUtterance;
  const last = () => spoken[spoken.length - 1];
  const end = () => last().onend?.call(last(), {} as SpeechSynthesisEvent);
  const boundary = (charIndex: number) => last().onboundary?.call(last(), { charIndex, name: 'word' } as SpeechSynthesisEvent);
  return { engine, make, spoken, last, end, boundary, cancels: () => cancels };
}

function setup(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const root = article('<p>First paragraph here.</p><p>Second one.</p><p>Third.</p>');
  const blocks = readableBlocks(root);
  const fake = fakeEngine(voices);
  const states: ReadAloudState[] = [];
  const errors: string[] = [];
  const player = new ReadAloudPlayer(fake.engine, fake.make, { onState: (s) => states.push(s), onError: (m) => errors.push(m) });
  const marked = () => blocks.filter((b) => b.classList.contains(CURRENT_CLASS)).map((b) => b.textContent);
  return { blocks, fake, player, states, errors, marked };
}

describe('ReadAloudPlayer', () => {
  it('reads block after block, marking only the block being read, and unmarks at the end', () => {
    const { blocks, fake, player, marked } = setup();
    player.play(blocks, 'en');
    expect(fake.last().text).toBe('First paragraph here.');
    expect(marked()).toEqual(['First paragraph here.']);
    fake.end();
    expect(fake.last().text).toBe('Second one.');
    expect(marked()).toEqual(['Second one.']);
    fake.end();
    fake.end();
    expect(player.state).toBe('idle');
    expect(marked()).toEqual([]);
    expect(fake.spoken).toHaveLength(3);
  });

  it('starts at the block asked for', () => {
    const { blocks, fake, player } = setup();
    player.play(blocks, 'en', 2);
    expect(fake.last().text).toBe('Third.');
  });

  it('pauses at a word and resumes from that word, keeping the mark', () => {
    const { blocks, fake, player, marked } = setup();
    player.play(blocks, 'en');
    fake.boundary(6); // "paragraph"
    player.pause();
    expect(player.state).toBe('paused');
    expect(fake.cancels()).toBeGreaterThan(0);
    expect(marked()).toEqual(['First paragraph here.']);
    // The cancelled utterance's own end event must not move the reading on.
    fake.spoken[0].onend?.call(fake.spoken[0], {} as SpeechSynthesisEvent);
    expect(fake.spoken).toHaveLength(1);
    player.resume();
    expect(fake.last().text).toBe('paragraph here.');
    fake.boundary(10); // "here." within the resumed text
    player.pause();
    player.resume();
    expect(fake.last().text).toBe('here.');
  });

  it('speaks in the article language with the best voice there is', () => {
    const voices = [{ lang: 'en-US', name: 'Ann', default: true, localService: true }, { lang: 'ar-EG', name: 'Salma', default: false, localService: true }];
    const { blocks, fake, player } = setup(voices);
    expect(player.hasVoiceFor('ar')).toBe(true);
    expect(player.hasVoiceFor('ja')).toBe(false);
    player.play(blocks, 'ar');
    expect(fake.last().lang).toBe('ar');
    expect(fake.last().voice?.name).toBe('Salma');
  });

  it('stops, unmarked, on stop, on an engine error, and when its blocks leave the page', () => {
    const a = setup();
    a.player.play(a.blocks, 'en');
    a.player.stop();
    expect([a.player.state, a.marked()]).toEqual(['idle', []]);

    const b = setup();
    b.player.play(b.blocks, 'en');
    b.fake.last().onerror?.call(b.fake.last(), { error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
    expect(b.player.state).toBe('idle');
    expect(b.errors[0]).toContain('synthesis-failed');

    const c = setup();
    c.player.play(c.blocks, 'en');
    c.blocks[1].remove();
    c.fake.end();
    expect(c.player.state).toBe('idle');
    expect(c.fake.spoken).toHaveLength(1);
  });

  describe('on a system that lists no voice', () => {
    afterEach(() => vi.useRealTimers());

    it('stops and says so when the engine never starts speaking (Firefox on Linux without speech-dispatcher)', () => {
      vi.useFakeTimers();
      const { blocks, player, errors, marked } = setup([]);
      player.play(blocks, 'en');
      expect(player.state).toBe('playing');
      vi.advanceTimersByTime(SILENT_ENGINE_MS);
      expect([player.state, marked()]).toEqual(['idle', []]);
      expect(errors).toEqual(['Read aloud stopped: no voice on this system answered.']);
    });

    it('reads on when the engine starts speaking with its default voice, the list being still empty', () => {
      vi.useFakeTimers();
      const { blocks, fake, player, errors } = setup([]);
      player.play(blocks, 'en');
      fake.last().onstart?.call(fake.last(), {} as SpeechSynthesisEvent);
      vi.advanceTimersByTime(SILENT_ENGINE_MS * 2);
      fake.end();
      vi.advanceTimersByTime(SILENT_ENGINE_MS * 2);
      expect(player.state).toBe('playing');
      expect(fake.last().text).toBe('Second one.');
      expect(errors).toEqual([]);
    });

    it('does not stop a reading paused, stopped or moved on before the wait is over', () => {
      vi.useFakeTimers();
      const { blocks, player, errors } = setup([]);
      player.play(blocks, 'en');
      player.pause();
      vi.advanceTimersByTime(SILENT_ENGINE_MS);
      expect([player.state, errors]).toEqual(['paused', []]);
    });
  });
});
