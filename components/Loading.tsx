import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

/** Stays blank for a moment: a fast extraction shows the article straight away, without a skeleton flash. */
export function Loading({ delayMs = 180 }: { delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(t);
  }, [delayMs]);
  return (
    <div class="loading" role="status" aria-live="polite" aria-busy="true">
      <span class="visually-hidden">{t('loading_reading')}</span>
      {visible && (
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
