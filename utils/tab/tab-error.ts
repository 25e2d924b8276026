// Why reading a tab failed before any page was read, as a code the view words in the interface's
// language (components/error-text.ts); the English message stays for logs and tests.

export type TabErrorCode = 'not-a-tab-id' | 'tab-closed' | 'no-active-tab' | 'script-did-not-start' | 'no-window' | 'no-side-panel';

const ENGLISH: Record<TabErrorCode, (detail: string) => string> = {
  'not-a-tab-id': (raw) => `"${raw}" is not a tab id.`,
  'tab-closed': () => 'That tab is closed. Open the page again and retry.',
  'no-active-tab': () => 'No active tab found.',
  'script-did-not-start': () => 'The reader script did not start in this page.',
  'no-window': () => 'This panel belongs to no window.',
  'no-side-panel': () => 'This browser has no side panel for extensions.',
};

export class TabError extends Error {
  constructor(readonly code: TabErrorCode, readonly detail = '') {
    super(ENGLISH[code](detail));
    this.name = 'TabError';
  }
}
