import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

/** When "Reading the page…" becomes "Still waiting for the page…": a page that answers at all answers well before. */
const SLOW_AFTER_MS = 2500;

/**
 * Stays blank for a moment: a fast extraction shows the article straight away, without a skeleton
 * flash. After that it says in words what it waits for, and says so again when the wait grows long.
 */
export function Loading({ delayMs = 180, slowAfterMs = SLOW_AFTER_MS }: { delayMs?: number; slowAfterMs?: number }) {
  const [stage, setStage] = useState<'blank' | 'reading' | 'slow'>('blank');
  useEffect(() => {
    const shown = setTimeout(() => setStage('reading'), delayMs);
    const slow = setTimeout(() => setStage('slow'), slowAfterMs);
    return () => {
      clearTimeout(shown);
      clearTimeout(slow);
    };
  }, [delayMs, slowAfterMs]);
  const words = stage === 'slow' ? t('loading_slow') : t('loading_reading');
  return (
    <div class="loading" role="status" aria-live="polite" aria-busy="true">
      <p class={stage === 'blank' ? 'visually-hidden' : 'loading-text'} data-stage={stage}>{words}</p>
      {stage !== 'blank' && (
        <div class="skeleton" aria-hidden="true">
          <div class="sk sk-kicker" />
          <div class="sk sk-title" />
          <div class="sk sk-title short" />
          <div class="sk sk-meta" />
          {[0, 1, 2, 3, 4].map((i) => <div key={i} class={i % 2 ? 'sk sk-line short' : 'sk sk-line'} />)}
        </div>
      )}
    </div>
  );
}
