import type { PageLoading } from './use-reader-session';
import { LOAD_WAIT_MS } from './use-reader-session';
import { t, tn } from './i18n';

interface Props {
  state: PageLoading;
  onRetry: () => void;
}

/** Over a result read from a page still loading: what it is, and what happens next. */
export function PageLoadingNote({ state, onRetry }: Props) {
  return (
    <div class="page-loading-note" role="status" data-state={state}>
      {state === 'waiting' ? (
        <p>{t('waiting_stillLoading')}</p>
      ) : (
        <>
          <p>{tn('waiting_loadTimedOut', Math.round(LOAD_WAIT_MS / 1000))}</p>
          <button type="button" class="button" onClick={onRetry}>{t('error_retry')}</button>
        </>
      )}
    </div>
  );
}
