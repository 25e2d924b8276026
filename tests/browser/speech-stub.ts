// A speech engine for the browser tests of read aloud (Chromium and Firefox): no real voice needed.
/**
 * A speech engine the test drives: it records each utterance and the cancels; __speechEnd() and
 * __speechBoundary(i) fire the current utterance's events as a voice would.
 */
export const SPEECH_STUB = `(() => {
  const log = { spoken: [], cancels: 0 };
  window.__speech = log;
  const voices = [
    { lang: 'en-US', name: 'Test US', default: true, localService: true },
    { lang: 'en-GB', name: 'Test GB', default: false, localService: true },
  ];
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
    speak: (u) => log.spoken.push(u), cancel: () => { log.cancels++; }, getVoices: () => voices,
    pause() {}, resume() {}, speaking: false, pending: false, paused: false,
  } });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
  const last = () => log.spoken[log.spoken.length - 1];
  window.__speechEnd = () => last().onend?.({});
  window.__speechBoundary = (charIndex) => last().onboundary?.({ charIndex, name: 'word' });
})()`;
