import { useCallback, useEffect, useState } from 'preact/hooks';
import { useReaderSession } from './use-reader-session';
import { SessionContent } from './SessionContent';
import { DisclosureButton } from './DisclosureButton';
import { Panel } from './Panel';
import { FilterPanel } from './FilterPanel';
import { ExportMenu } from './ExportMenu';
import { ReaderControls } from './ReaderControls';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../utils/reader-prefs';
import { loadReaderPrefs, saveReaderPrefs, watchReaderPrefs } from '../utils/browser/settings-store';
import { t } from './i18n';
import { LINE_HEIGHTS } from '../utils/reader-prefs';
import { ReadAloudControls } from './ReadAloudControls';
import { ReadingProgress } from './ReadingProgress';
import { TableOfContents } from './TableOfContents';
import { PrintButton } from './PrintButton';
import { OriginalLink } from './OriginalLink';
import { PrintSource } from './PrintSource';
import { useTableOfContents } from './use-table-of-contents';
import { useEscapeCloses } from './use-escape-key';
import { useToolbarHeight } from './use-toolbar-height';

type PanelId = 'appearance' | 'filters' | 'export' | 'contents' | null;

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
  root.style.setProperty('--reader-line-height', String(LINE_HEIGHTS[prefs.lineHeight]));
}

export function ReaderApp({ search }: { search: string }) {
  const session = useReaderSession(search);
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);
  const [panel, setPanel] = useState<PanelId>(null);
  const { view, settings } = session;
  const article = view.status === 'ready' ? view.result.article : null;
  const toc = useTableOfContents(article);
  const viewRoot = useCallback(() => document.getElementById('reader-main'), []);
  const closePanel = useCallback(() => setPanel(null), []);
  useEscapeCloses(panel ? `${panel}-panel` : null, closePanel);
  useToolbarHeight('.reader-toolbar');

  useEffect(() => {
    void loadReaderPrefs().then(setPrefs);
    // Another reader tab (or device, through sync) changing prefs restyles this one too.
    return watchReaderPrefs(setPrefs);
  }, []);
  useEffect(() => applyPrefs(prefs), [prefs]);
  useEffect(() => {
    const title = view.status === 'ready' ? (view.result.article?.title ?? view.result.title) : null;
    document.title = title ? t('reader_pageTitle', title) : t('app_name');
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
      <a class="skip-link" href="#reader-main">{t('reader_skip')}</a>
      <header class="toolbar reader-toolbar">
        <span class="brand">{t('app_name')}</span>
        <div class="toolbar-actions">
          {article && <ReadAloudControls article={article} root={viewRoot} />}
          {toc.length > 0 && <DisclosureButton controls="contents-panel" label={t('toc_title')} open={panel === 'contents'} onToggle={() => toggle('contents')} />}
          <DisclosureButton controls="appearance-panel" label={t('controls_title')} open={panel === 'appearance'} onToggle={() => toggle('appearance')} />
          {ready && <DisclosureButton controls="filters-panel" label={t('filters_title')} open={panel === 'filters'} onToggle={() => toggle('filters')} />}
          {ready && view.result.article && (
            <DisclosureButton controls="export-panel" label={t('export_title')} open={panel === 'export'} onToggle={() => toggle('export')} />
          )}
          {article && <PrintButton />}
          {article && <OriginalLink url={article.url} />}
        </div>
        {article && <ReadingProgress readingMinutes={article.readingMinutes} root={viewRoot} />}
      </header>
      <div class="reader-panels">
        {toc.length > 0 && (
          <Panel id="contents-panel" label={t('toc_title')} open={panel === 'contents'}>
            <TableOfContents entries={toc} root={viewRoot} onJump={closePanel} />
          </Panel>
        )}
        <Panel id="appearance-panel" label={t('controls_title')} open={panel === 'appearance'}>
          <ReaderControls prefs={prefs} onChange={changePrefs} />
        </Panel>
        {ready && settings && (
          <>
            <Panel id="filters-panel" label={t('filters_title')} open={panel === 'filters'}>
              <FilterPanel settings={settings} host={session.host} removed={view.result.removed} marks={view.result.marks} onChange={session.updateSettings} liveClean={session.liveClean} />
            </Panel>
            <Panel id="export-panel" label={t('export_title')} open={panel === 'export'}>
              <ExportMenu result={view.result} theme={exportTheme} />
            </Panel>
          </>
        )}
      </div>
      <main id="reader-main" class="reader-main" tabIndex={-1}>
        <SessionContent session={session} />
        {article && <PrintSource url={article.url} />}
      </main>
    </div>
  );
}
