import { t, tn } from './i18n';

interface Props {
  waitedMs: number;
  onRetry: () => void;
}

/** The tab did not hand over its page in time: say so, with what may help, instead of waiting on. */
export function NoAnswer({ waitedMs, onRetry }: Props) {
  return (
    <div class="state state-no-answer" role="alert">
      <h1 class="state-title">{t('waiting_noAnswerTitle')}</h1>
      <p>{tn('waiting_noAnswerText', Math.round(waitedMs / 1000))}</p>
      <button type="button" class="button primary" onClick={onRetry} autoFocus>{t('error_retry')}</button>
    </div>
  );
}
