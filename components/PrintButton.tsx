import { t } from './i18n';

/** Prints the article alone: the reader tab's print stylesheet leaves out everything else. */
export function PrintButton() {
  return <button type="button" class="button" onClick={() => window.print()}>{t('print_button')}</button>;
}
