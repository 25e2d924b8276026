// An error as the interface words it: a tab error by its code in the interface's language, any
// other by its own message (the browser's, which the browser words).
import { TabError, type TabErrorCode } from '../utils/tab/tab-error';
import { t, type MessageKey } from './i18n';

const MESSAGES: Record<TabErrorCode, MessageKey> = {
  'not-a-tab-id': 'error_notATabId',
  'tab-closed': 'error_tabClosed',
  'no-active-tab': 'error_noActiveTab',
  'script-did-not-start': 'error_scriptDidNotStart',
  'no-window': 'error_noWindow',
  'no-side-panel': 'error_noSidePanel',
};

export function errorText(e: unknown): string {
  if (e instanceof TabError) return t(MESSAGES[e.code], e.detail);
  return e instanceof Error ? e.message : String(e);
}
