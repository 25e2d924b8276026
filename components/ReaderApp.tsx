import { useEffect, useState } from 'preact/hooks';
import { useReaderSession } from './use-reader-session';
import { SessionContent } from './SessionContent';
import { DisclosureButton } from './DisclosureButton';
import { Panel } from './Panel';
import { FilterPanel } from './FilterPanel';
import { ExportMenu } from './ExportMenu';
import { ReaderControls } from './ReaderControls';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../utils/reader-prefs';
import { loadReaderPrefs, saveReaderPrefs, watchReaderPrefs } from '../utils/browser/settings-store';

type PanelId = 'appearance' | 'filters' | 'export' | null;

const MEASURE: Record<ReaderPrefs['lineWidth'], string> = { narrow: '34em', medium: '40em', wide: '48em' };
const FAMILY: Record<ReaderPrefs['fontFamily'], string> = {
  serif: 'var(--font-serif)', sans: 'var(--font-sans)', mono: 'var(--font-mono)',
};

function applyPrefs(prefs: ReaderPrefs): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
  root.style.setProperty('--reader-measure', MEASURE[prefs.lineWidth]);
  root.style.setProperty('--reader-font', FAMILY[prefs.fontFamily]);
}

export function ReaderApp({ search }: { search: string }) {
  const session = useReaderSession(search);
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);
  const [panel, setPanel] = useState<PanelId>(null);
  const { view, settings } = session;

  useEffect(() => {
    void loadReaderPrefs().then(setPrefs);
    // Another reader tab (or device, through sync) changing prefs restyles this one too.
    return watchReaderPrefs(setPrefs);
  }, []);
  useEffect(() => applyPrefs(prefs), [prefs]);
  useEffect(() => {
    const title = view.status === 'ready' ? (view.result.article?.title ?? view.result.title) : null;
    document.title = title ? `${title} · Clear News Reader` : 'Clear News Reader';
  }, [view]);

  const changePrefs = (next: ReaderPrefs) => {
    setPrefs(next);
    void saveReaderPrefs(next);
  };
  const toggle = (p: Exclude<PanelId, null>) => setPanel(panel === p ? null : p);
  const ready = view.status === 'ready';
  const exportTheme = prefs.theme === 'auto' ? undefined : prefs.theme;

  return (
    <div class="reader">
      <a class="skip-link" href="#reader-main">Skip to article</a>
      <header class="toolbar reader-toolbar">
        <span class="brand">Clear News Reader</span>
        <div class="toolbar-actions">
          <DisclosureButton controls="appearance-panel" label="Appearance" open={panel === 'appearance'} onToggle={() => toggle('appearance')} />
          {ready && <DisclosureButton controls="filters-panel" label="Filters" open={panel === 'filters'} onToggle={() => toggle('filters')} />}
          {ready && view.result.article && (
            <DisclosureButton controls="export-panel" label="Export" open={panel === 'export'} onToggle={() => toggle('export')} />
          )}
        </div>
      </header>
      <div class="reader-panels">
        <Panel id="appearance-panel" label="Appearance" open={panel === 'appearance'}>
          <ReaderControls prefs={prefs} onChange={changePrefs} />
        </Panel>
        {ready && settings && (
          <>
            <Panel id="filters-panel" label="Filters" open={panel === 'filters'}>
              <FilterPanel settings={settings} host={session.host} removed={view.result.removed} marks={view.result.marks} onChange={session.updateSettings} liveClean={session.liveClean} />
            </Panel>
            <Panel id="export-panel" label="Export" open={panel === 'export'}>
              <ExportMenu result={view.result} theme={exportTheme} />
            </Panel>
          </>
        )}
      </div>
      <main id="reader-main" class="reader-main" tabIndex={-1}>
        <SessionContent session={session} />
      </main>
    </div>
  );
}
