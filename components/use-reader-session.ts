// The state both extension pages share: which tab, its settings, the latest result, and the
// transitions between loading / ready / restricted / error.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageResult, Settings } from '../utils/types';
import { FILTER_PACKS } from '../utils/filters/catalog';
import { hostOf } from '../utils/kit/hosts';
import { loadSettings, saveSettings } from '../utils/browser/settings-store';
import { restriction, type Restriction } from '../utils/tab/restricted-url';
import {
  ensureInjected, requestCleanLivePage, requestLiveCleanState, requestSnapshot, resolveTargetTab, RestrictedPageError, type TargetTab,
} from '../utils/browser/tab-client';
import { parseSnapshot, readPage, type ParsedPage } from '../utils/tab/page-reader';

export type View =
  | { status: 'loading' }
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: PageResult; forced: boolean };

export interface ReaderSession {
  view: View;
  settings: Settings | null;
  tab: TargetTab | null;
  host: string | null;
  updateSettings: (next: Settings) => void;
  retry: () => void;
  showAnyway: () => void;
  liveClean: { on: boolean; error: string | null; onToggle: (on: boolean) => void };
}

/** Every pack and rule off: the "show anyway" attempt when the filters may have eaten the article. */
export function allFiltersOff(settings: Settings): Settings {
  return {
    ...settings,
    filters: Object.fromEntries(FILTER_PACKS.map((p) => [p.id, false])),
    siteFilters: {},
    customRules: settings.customRules.map((r) => ({ ...r, enabled: false })),
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useReaderSession(search: string): ReaderSession {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [live, setLive] = useState<{ on: boolean; error: string | null }>({ on: false, error: null });
  // The tab's snapshot, parsed once; every settings change re-reads it without asking the tab again.
  const parsed = useRef<ParsedPage | null>(null);

  const extractInto = useCallback((s: Settings, forced: boolean) => {
    if (!parsed.current) return;
    try {
      setView({ status: 'ready', result: readPage(parsed.current, s), forced });
    } catch (e) {
      setView({ status: 'error', message: message(e) });
    }
  }, []);

  const load = useCallback(async () => {
    setView({ status: 'loading' });
    // Marks for the browser tests' timing breakdown (performance.getEntriesByType('mark')).
    performance.mark('cnr:start');
    try {
      const [t, s] = await Promise.all([resolveTargetTab(search), loadSettings()]);
      setTab(t);
      setSettings(s);
      performance.mark('cnr:tab');
      await ensureInjected(t);
      performance.mark('cnr:injected');
      // The switch shows what the tab holds: a popup reopened over a cleaned page shows it on.
      void requestLiveCleanState(t.id).then((st) => setLive({ on: st.on, error: null }));
      const snap = await requestSnapshot(t.id);
      performance.mark('cnr:snapshot');
      if (!snap.ok) {
        setView({ status: 'restricted', restriction: restriction(snap.unreadable === 'pdf' ? 'pdf' : 'not-a-page') });
        return;
      }
      parsed.current = parseSnapshot(snap);
      performance.mark('cnr:parsed');
      setPageUrl(snap.url);
      extractInto(s, false);
      performance.mark('cnr:extracted');
    } catch (e) {
      if (e instanceof RestrictedPageError) setView({ status: 'restricted', restriction: e.restriction });
      else setView({ status: 'error', message: message(e) });
    }
  }, [search, extractInto]);

  useEffect(() => {
    void load();
  }, [load]);

  const updateSettings = useCallback(
    (next: Settings) => {
      setSettings(next);
      void saveSettings(next).catch((e) => setView({ status: 'error', message: `Settings were not saved: ${message(e)}` }));
      if (!tab) return;
      // Re-read the snapshot without the loading state: the article swaps in place.
      extractInto(next, false);
      if (live.on) {
        requestCleanLivePage(tab.id, true, next)
          .then((r) => setLive({ on: true, error: r.ok ? null : r.error }))
          .catch((e) => setLive({ on: true, error: message(e) }));
      }
    },
    [tab, live.on, extractInto],
  );

  const showAnyway = useCallback(() => {
    if (settings) extractInto(allFiltersOff(settings), true);
  }, [settings, extractInto]);

  const onToggleLive = useCallback(
    (on: boolean) => {
      if (!tab || !settings) return;
      setLive({ on, error: null });
      requestCleanLivePage(tab.id, on, settings)
        .then((r) => setLive({ on: r.ok ? on : false, error: r.ok ? null : r.error }))
        .catch((e) => setLive({ on: false, error: message(e) }));
    },
    [tab, settings],
  );

  const articleUrl = view.status === 'ready' ? view.result.article?.url : undefined;
  return {
    view,
    settings,
    tab,
    host: hostOf(pageUrl ?? tab?.url ?? articleUrl ?? ''),
    updateSettings,
    retry: () => void load(),
    showAnyway,
    liveClean: { ...live, onToggle: onToggleLive },
  };
}
