import type { Restriction } from '../utils/tab/restricted-url';
import { t, type MessageKey } from './i18n';

const TITLES: Record<Restriction['kind'], MessageKey> = {
  'browser-page': 'restricted_browserPage',
  'extension-page': 'restricted_extensionPage',
  'data-url': 'restricted_dataUrl',
  'extension-store': 'restricted_extensionStore',
  'view-source': 'restricted_viewSource',
  pdf: 'restricted_pdf',
  'not-a-page': 'restricted_notAPage',
  'local-file': 'restricted_localFile',
  'no-access': 'restricted_noAccess',
};

export function Restricted({ restriction }: { restriction: Restriction }) {
  return (
    <div class="state state-restricted" data-restriction={restriction.kind}>
      <h1 class="state-title">{t(TITLES[restriction.kind])}</h1>
      <p>{restriction.message}</p>
    </div>
  );
}
