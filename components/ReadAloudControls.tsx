import type { Article } from '../utils/types';
import { useReadAloud } from './use-read-aloud';
import { t, type MessageKey } from './i18n';

interface Props {
  article: Article;
  /** The element holding the article view (title and body). */
  root: () => Element | null;
}

const TOGGLE_LABEL: Record<'idle' | 'playing' | 'paused', MessageKey> = { idle: 'speech_readAloud', playing: 'speech_pause', paused: 'speech_resume' };

/** One toggle that keeps its place (and the keyboard focus) through play, pause and resume. */
export function ReadAloudControls({ article, root }: Props) {
  const speech = useReadAloud(article, root);
  if (!speech.supported) return null;
  return (
    <div class="read-aloud" role="group" aria-label={t('speech_readAloud')}>
      <button type="button" class="button" onClick={speech.toggle}>{t(TOGGLE_LABEL[speech.state])}</button>
      {speech.state !== 'idle' && <button type="button" class="button" onClick={speech.stop}>{t('speech_stop')}</button>}
      <span class="read-aloud-note" role="status">{speech.note}</span>
    </div>
  );
}
