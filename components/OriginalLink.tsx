import { safeLinkUrl } from '../utils/safe-url';
import { hostOf } from '../utils/kit/hosts';
import { t } from './i18n';

/** Back to the page the article was read from, in this tab (a middle click opens it beside). */
export function OriginalLink({ url }: { url: string }) {
  const href = safeLinkUrl(url, null, false);
  if (!href) return null;
  const host = hostOf(href);
  return (
    <a class="button original-link" href={href} title={host ?? undefined}>
      {t('reader_originalPage')}
    </a>
  );
}
