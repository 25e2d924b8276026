import { safeLinkUrl } from '../utils/safe-url';
import { t } from './i18n';

/**
 * The article's address under it on paper: the browser's own print header would name this
 * extension page, not the article. Shown only in print.
 */
export function PrintSource({ url }: { url: string }) {
  const href = safeLinkUrl(url, null, false);
  return href ? <p class="print-source">{t('print_source', href)}</p> : null;
}
