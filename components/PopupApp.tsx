import { useState } from 'preact/hooks';
import { useReaderSession } from './use-reader-session';
import { SessionContent } from './SessionContent';
import { DisclosureButton } from './DisclosureButton';
import { Panel } from './Panel';
import { FilterPanel } from './FilterPanel';
import { ExportMenu } from './ExportMenu';
import { openReaderTab } from '../utils/browser/tab-client';

type PanelId = 'filters' | 'export' | null;

export function PopupApp({ search }: { search: string }) {
  const session = useReaderSession(search);
  const [panel, setPanel] = useState<PanelId>(null);
  const { view, settings, tab } = session;
  const ready = view.status === 'ready';
  const toggle = (p: Exclude<PanelId, null>) => setPanel(panel === p ? null : p);


  return (
    <div class="popup">
      <header class="toolbar">
        <span class="brand" aria-hidden="true">Clear News</span>
        {ready && (
          <div class="toolbar-actions">
            <DisclosureButton controls="filters-panel" label="Filters" open={panel === 'filters'} onToggle={() => toggle('filters')} />
            {view.result.article && (
              <DisclosureButton controls="export-panel" label="Export" open={panel === 'export'} onToggle={() => toggle('export')} />
            )}
            <button type="button" class="button primary" onClick={() => tab && void openReaderTab(tab.id, search)}>Open in reader tab</button>
          </div>
        )}
      </header>
      {ready && settings && (
        <>
          <Panel id="filters-panel" label="Filters" open={panel === 'filters'}>
            <FilterPanel settings={settings} host={session.host} removed={view.result.removed} marks={view.result.marks} onChange={session.updateSettings} liveClean={session.liveClean} />
          </Panel>
          <Panel id="export-panel" label="Export" open={panel === 'export'}>
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
