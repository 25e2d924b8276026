import type { Article } from '../utils/types';
import { useReadAloud } from './use-read-aloud';

interface Props {
  article: Article;
  /** The element holding the article view (title and body). */
  root: () => Element | null;
}

const TOGGLE_LABEL = { idle: 'Read aloud', playing: 'Pause', paused: 'Resume' } as const;

/** One toggle that keeps its place (and the keyboard focus) through play, pause and resume. */
export function ReadAloudControls({ article, root }: Props) {
  const speech = useReadAloud(article, root);
  if (!speech.supported) return null;
  return (
    <div class="read-aloud" role="group" aria-label="Read aloud">
      <button type="button" class="button" onClick={speech.toggle}>{TOGGLE_LABEL[speech.state]}</button>
      {speech.state !== 'idle' && <button type="button" class="button" onClick={speech.stop}>Stop</button>}
      <span class="read-aloud-note" role="status">{speech.note}</span>
    </div>
  );
}
