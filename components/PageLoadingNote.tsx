import type { PageLoading } from './use-reader-session';
import { LOAD_WAIT_MS } from './use-reader-session';

interface Props {
  state: PageLoading;
  onRetry: () => void;
}

/** Over a result read from a page still loading: what it is, and what happens next. */
export function PageLoadingNote({ state, onRetry }: Props) {
  return (
    <div class="page-loading-note" role="status" data-state={state}>
      {state === 'waiting' ? (
        <p>The page is still loading. This is what it has so far; the view updates when it has loaded.</p>
      ) : (
        <>
          <p>The page is still loading after {Math.round(LOAD_WAIT_MS / 1000)} seconds. This is what it had so far.</p>
          <button type="button" class="button" onClick={onRetry}>Retry</button>
        </>
      )}
    </div>
  );
}
