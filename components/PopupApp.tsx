import { useEffect, useState } from 'preact/hooks';
import { useReaderSession } from './use-reader-session';
import { SessionContent } from './SessionContent';
import { DisclosureButton } from './DisclosureButton';
import { Panel } from './Panel';
import { FilterPanel } from './FilterPanel';
import { ExportMenu } from './ExportMenu';
import { openReaderTab } from '../utils/browser/tab-client';
import { t } from './i18n';
import { useEscapeCloses } from './use-escape-key';
import { announceGrant, canOpenSidePanel, openSidePanel } from '../utils/browser/panel-tabs';

type PanelId = 'filters' | 'export' | null;

export function PopupApp({ search }: { search: string }) {
  const session = useReaderSession(search);
  const [panel, setPanel] = useState<PanelId>(null);
  const { view, settings, tab } = session;
  const ready = view.status === 'ready';
  const toggle = (p: Exclude<PanelId, null>) => setPanel(panel === p ? null : p);
  useEscapeCloses(panel ? `${panel}-panel` : null, () => setPanel(null));

  // The click that opened this popup granted the tab: an open side panel waiting for it reads it now.
  useEffect(() => {
    if (tab) announceGrant(tab.id);
  }, [tab?.id]);
  const toSidePanel = () => {
    if (!tab) return;
    // Called before any await: both browsers open a panel only inside the click's own handler.
    // A refusal leaves the popup open on the article, which is all there is to do about it.
    openSidePanel(tab.id, search).catch(() => undefined);
  };

  return (
    <div class="popup">
      <header class="toolbar">
        <span class="brand" aria-hidden="true">{t('app_shortName')}</span>
        {(ready || (tab && canOpenSidePanel())) && (
          <div class="toolbar-actions">
            {ready && <DisclosureButton controls="filters-panel" label={t('filters_title')} open={panel === 'filters'} onToggle={() => toggle('filters')} />}
            {ready && view.result.article && (
              <DisclosureButton controls="export-panel" label={t('export_title')} open={panel === 'export'} onToggle={() => toggle('export')} />
            )}
            {tab && canOpenSidePanel() && <button type="button" class="button" onClick={toSidePanel}>{t('popup_openSidePanel')}</button>}
            {ready && <button type="button" class="button primary" onClick={() => tab && void openReaderTab(tab.id, search)}>{t('popup_openTab')}</button>}
          </div>
        )}
      </header>
      {ready && settings && (
        <>
          <Panel id="filters-panel" label={t('filters_title')} open={panel === 'filters'}>
            <FilterPanel settings={settings} host={session.host} removed={view.result.removed} marks={view.result.marks} onChange={session.updateSettings} liveClean={session.liveClean} />
          </Panel>
          <Panel id="export-panel" label={t('export_title')} open={panel === 'export'}>
            <ExportMenu result={view.result} />
          </Panel>
        </>
      )}
      <main class="popup-main">
        <SessionContent session={session} />
      </main>
    </div>
  );
}
