import { t } from './i18n';

interface Props {
  message: string;
  onRetry: () => void;
}

export function ErrorView({ message, onRetry }: Props) {
  return (
    <div class="state state-error" role="alert">
      <h1 class="state-title">{t('error_title')}</h1>
      <p>{message}</p>
      <button type="button" class="button primary" onClick={onRetry} autoFocus>{t('error_retry')}</button>
    </div>
  );
}
