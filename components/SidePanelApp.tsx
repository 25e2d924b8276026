import { useEffect, useState } from 'preact/hooks';
import { ReaderApp } from './ReaderApp';
import { Loading } from './Loading';
import { ErrorView } from './ErrorView';
import { TabPrompt } from './TabPrompt';
import { t } from './i18n';
import { errorText } from './error-text';
import {
  activeTabIn, panelWindowId, tabAccess, toolbarShortcut, watchPanelTabs, type TabAccess,
} from '../utils/browser/panel-tabs';

/** The tab the panel shows; `read` counts fresh reads (a new page, a grant) so the reader starts over. */
interface Shown {
  tabId: number;
  access: TabAccess;
  read: number;
}

/**
 * The side panel (Chrome) and sidebar (Firefox): the reader for the active tab of its window,
 * following tab switches and page loads. A tab the browser has not granted yet gets a prompt,
 * and is read the moment the popup reports the grant.
 */
export function SidePanelApp({ search }: { search: string }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let current: number | null = null;
    const show = async (tabId: number, fresh: boolean) => {
      current = tabId;
      const access = await tabAccess(tabId);
      // A slower answer about a tab the person has already left must not replace the newer one.
      if (!live || current !== tabId) return;
      setShown((prev) => (prev?.tabId === tabId && !fresh && prev.access === access ? prev : { tabId, access, read: (prev?.read ?? 0) + 1 }));
    };
    let stop = () => {};
    // "?tabId=" pins the panel to one tab, as the popup and the reader tab take it: the way to open
    // the panel's page on a given tab outside the browser's panel (tests, a page opened by hand).
    const pinned = Number(new URLSearchParams(search).get('tabId'));
    void (async () => {
      try {
        if (Number.isInteger(pinned) && pinned > 0) return await show(pinned, true);
        const windowId = await panelWindowId(search);
        if (!live) return;
        stop = watchPanelTabs(windowId, {
          activated: (tabId) => void show(tabId, false),
          loaded: (tabId) => {
            if (tabId === current) void show(tabId, true);
          },
          granted: (tabId) => {
            // A tab already on show keeps its place; only one waiting for the grant is read now.
            if (tabId === current) setShown((prev) => (prev?.tabId === tabId && prev.access === 'needs-grant' ? { tabId, access: 'readable', read: prev.read + 1 } : prev));
          },
        });
        const tabId = await activeTabIn(windowId);
        if (tabId === null) throw new Error(t('panel_noActiveTab'));
        await show(tabId, true);
      } catch (e) {
        if (live) setFailure(errorText(e));
      }
    })();
    return () => {
      live = false;
      stop();
    };
  }, [search, attempt]);

  useEffect(() => {
    void toolbarShortcut().then(setShortcut);
  }, []);

  // Every state but the reader sits in a main landmark of its own, as the reader's article does.
  if (failure) return <main class="panel-state"><ErrorView message={failure} onRetry={() => { setFailure(null); setAttempt((n) => n + 1); }} /></main>;
  if (!shown || shown.access === 'closed') return <main class="panel-state"><Loading /></main>;
  if (shown.access === 'needs-grant') return <main class="panel-state"><TabPrompt shortcut={shortcut} /></main>;
  return <ReaderApp key={`${shown.tabId}:${shown.read}`} search={`?tabId=${shown.tabId}`} />;
}
