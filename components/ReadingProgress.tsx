import { useEffect, useState } from 'preact/hooks';
import { minutesLeft, readingProgress } from '../utils/reader/reading-progress';
import { t, tn, uiLang } from './i18n';

interface Props {
  readingMinutes: number;
  /** The element holding the article view (header and body). */
  root: () => Element | null;
}

/** A thin bar along the toolbar's lower edge: how much of the article is behind the reader. */
export function ReadingProgress({ readingMinutes, root }: Props) {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const view = root();
      const body = view?.querySelector('article');
      if (!body) return;
      const top = (view?.querySelector('.article-header') ?? body).getBoundingClientRect().top + window.scrollY;
      const bottom = body.getBoundingClientRect().bottom + window.scrollY;
      setProgress(readingProgress(window.scrollY, window.innerHeight, { top, bottom }));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The article grows as it renders, images load and the text size changes.
    const resized = new ResizeObserver(schedule);
    resized.observe(document.body);
    schedule();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root]);

  const percent = Math.round(progress * 100);
  const left = minutesLeft(readingMinutes, progress);
  const read = new Intl.NumberFormat(uiLang(), { style: 'percent' }).format(percent / 100);
  return (
    <div
      class="reading-progress"
      role="progressbar"
      aria-label={t('reader_progressLabel')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={left > 0 ? tn('reader_progressLeft', left, read) : t('reader_progressRead', read)}
    >
      <div class="reading-progress-bar" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
