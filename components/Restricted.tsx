import type { Restriction } from '../utils/tab/restricted-url';

const TITLES: Record<Restriction['kind'], string> = {
  'browser-page': 'This page cannot be read',
  'extension-page': "An extension's page cannot be read",
  'data-url': 'A data: page cannot be read',
  'extension-store': 'Extension stores are off-limits',
  'view-source': 'This is page source',
  pdf: 'PDFs are not supported',
  'not-a-page': 'Nothing to read here',
  'local-file': 'Local files need permission',
  'no-access': 'No access to this page yet',
};

export function Restricted({ restriction }: { restriction: Restriction }) {
  return (
    <div class="state state-restricted" data-restriction={restriction.kind}>
      <h1 class="state-title">{TITLES[restriction.kind]}</h1>
      <p>{restriction.message}</p>
    </div>
  );
}
