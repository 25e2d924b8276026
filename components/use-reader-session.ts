// The state both extension pages share: which tab, its settings, the latest result, and the
// transitions between loading / ready / restricted / error.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageResult, Settings } from '../utils/types';
import { FILTER_PACKS } from '../utils/filters/catalog';
import { hostOf } from '../utils/kit/hosts';
import { saveSettings } from '../utils/browser/settings-store';
import { restriction, type Restriction } from '../utils/tab/restricted-url';
import {
  NoAnswerError, requestAwaitComplete, requestCleanLivePage, requestLiveCleanState, requestSnapshot,
  RestrictedPageError, withDeadline, type TargetTab,
} from '../utils/browser/tab-client';
import type { SnapshotResponse } from '../utils/tab/messages';
import { ANSWER_DEADLINE_MS, requestReading, takeBegun } from './begin-reading';
import { parseSnapshot, readPage, type ParsedPage } from '../utils/tab/page-reader';
import { afterNextPaint, whenIdle } from './progressive-render';
import { t } from './i18n';
import { errorText } from './error-text';

/** How long a page still loading is waited for, its first part shown meanwhile. */
export const LOAD_WAIT_MS = 15000;

/** A result read from a page still loading: "waiting" until it has loaded, "gave-up" after LOAD_WAIT_MS. */
export type PageLoading = 'waiting' | 'gave-up';

export type View =
  | { status: 'loading' }
  | { status: 'no-answer'; waitedMs: number }
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: PageResult; forced: boolean; pageLoading?: PageLoading };

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


export function useReaderSession(search: string): ReaderSession {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [live, setLive] = useState<{ on: boolean; error: string | null }>({ on: false, error: null });
  // The settings a re-read after the page has loaded must use (the person may toggle meanwhile).
  const latestSettings = useRef<Settings | null>(null);
  // The tab's snapshot, parsed once; every settings change re-reads it without asking the tab again.
  const parsed = useRef<ParsedPage | null>(null);
  // Whether that snapshot is of a page still loading; kept across re-reads for a settings change.
  const pageLoading = useRef<PageLoading | undefined>(undefined);
  // Each load() counts up; an older one still waiting on the tab drops its answer.
  const run = useRef(0);

  // The explanation still to be worked out for the result on screen; replaced by each new reading.
  const cancelExplain = useRef<(() => void) | null>(null);

  const extractInto = useCallback((s: Settings, forced: boolean) => {
    if (!parsed.current) return;
    cancelExplain.current?.();
    cancelExplain.current = null;
    try {
      const { result, explain } = readPage(parsed.current, s);
      setView({ status: 'ready', result, forced, pageLoading: pageLoading.current });
      performance.mark('cnr:extracted');
      // What the filters did (figures per filter, marks in the article) costs one more Readability
      // run: it comes once the article is on screen, and only if the view still shows this result.
      if (explain) {
        cancelExplain.current = whenIdle(() => {
          cancelExplain.current = null;
          const full = explain();
          setView((v) => (v.status === 'ready' && v.result === result ? { ...v, result: full } : v));
          performance.mark('cnr:explained');
        });
      }
    } catch (e) {
      setView({ status: 'error', message: errorText(e) });
    }
  }, []);

  /** Snapshot, parse and read the tab; false when the tab holds nothing readable (the view says why). */
  const readTab = useCallback(async (tabId: number, s: Settings, mine: () => boolean, asked?: Promise<SnapshotResponse>): Promise<boolean | null> => {
    const snap = await (asked ?? withDeadline(requestSnapshot(tabId), ANSWER_DEADLINE_MS));
    performance.mark('cnr:snapshot');
    if (!mine()) return null;
    if (!snap.ok) {
      setView({ status: 'restricted', restriction: restriction(snap.unreadable === 'pdf' ? 'pdf' : 'not-a-page') });
      return null;
    }
    parsed.current = parseSnapshot(snap);
    performance.mark('cnr:parsed');
    pageLoading.current = snap.complete ? undefined : 'waiting';
    setPageUrl(snap.url);
    extractInto(s, false);
    return snap.complete;
  }, [extractInto]);

  const load = useCallback(async () => {
    const me = ++run.current;
    const mine = () => run.current === me;
    setView({ status: 'loading' });
    parsed.current = null;
    // Marks for the browser tests' timing breakdown (performance.getEntriesByType('mark')).
    // The first load takes over what the page asked for as it started; a retry asks again.
    const asked = takeBegun(search) ?? requestReading(search);
    try {
      const [t, s] = await Promise.all([asked.tab, asked.settings]);
      if (!mine()) return;
      setTab(t);
      setSettings(s);
      latestSettings.current = s;
      performance.mark('cnr:tab');
      // One call injects the script and brings the snapshot back: "injected" and "snapshot" come together.
      await asked.snapshot;
      performance.mark('cnr:injected');
      if (!mine()) return;
      // The switch shows what the tab holds: a popup reopened over a cleaned page shows it on.
      void requestLiveCleanState(t.id).then((st) => setLive({ on: st.on, error: null }));
      const complete = await readTab(t.id, s, mine, asked.snapshot);
      if (complete !== false) return;
      // Shown what the page had so far; read it again once it has loaded, or say it is still loading.
      const loaded = await requestAwaitComplete(t.id, LOAD_WAIT_MS).catch(() => false);
      if (!mine()) return;
      if (loaded) {
        await readTab(t.id, latestSettings.current ?? s, mine);
      } else {
        pageLoading.current = 'gave-up';
        setView((v) => (v.status === 'ready' ? { ...v, pageLoading: 'gave-up' } : v));
      }
    } catch (e) {
      if (!mine()) return;
      if (e instanceof RestrictedPageError) setView({ status: 'restricted', restriction: e.restriction });
      else if (e instanceof NoAnswerError) setView({ status: 'no-answer', waitedMs: e.waitedMs });
      else setView({ status: 'error', message: errorText(e) });
    }
  }, [search, readTab]);

  // A layout effect, not an effect: it runs as soon as the view is in the DOM, not after a frame has
  // been painted. The answers it waits for are often in already (the boot script asked before this
  // bundle had loaded), and an effect would hold them back a frame or more, the article with them.
  useLayoutEffect(() => {
    void load();
  }, [load]);

  const updateSettings = useCallback(
    (next: Settings) => {
      setSettings(next);
      latestSettings.current = next;
      void saveSettings(next).catch((e) => setView({ status: 'error', message: t('error_settingsNotSaved', errorText(e)) }));
      if (!tab) return;
      performance.mark('cnr:toggle');
      // Re-read the snapshot without the loading state: the article swaps in place. After a
      // paint, so the switch that was clicked shows its new state before the pipeline runs.
      afterNextPaint(() => extractInto(next, false));
      if (live.on) {
        requestCleanLivePage(tab.id, true, next)
          .then((r) => setLive({ on: true, error: r.ok ? null : r.error }))
          .catch((e) => setLive({ on: true, error: errorText(e) }));
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
        .catch((e) => setLive({ on: false, error: errorText(e) }));
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
