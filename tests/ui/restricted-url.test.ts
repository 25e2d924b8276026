import { describe, expect, it } from 'vitest';
import { restrictionForError, restrictionForUrl } from '../../utils/tab/restricted-url';

describe('restrictionForUrl', () => {
  it.each([
    ['chrome://version', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'extension-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'extension-page'],
    ['data:text/html,<p>hi</p>', 'data-url'],
    ['DATA:text/plain;base64,aGk=', 'data-url'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'extension-store'],
    ['file:///home/me/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=https://x.org/a.pdf', 'pdf'],
  ])('%s is %s', (url, kind) => {
    expect(restrictionForUrl(url)?.kind).toBe(kind);
  });

  it.each(['https://www.msn.com/en-us/news/world/x', 'http://127.0.0.1:8080/a', 'file:///home/me/page.html', undefined, ''])(
    '%s may be tried',
    (url) => {
      expect(restrictionForUrl(url)).toBeNull();
    },
  );

  it('does not take a look-alike host for a store', () => {
    expect(restrictionForUrl('https://addons.mozilla.org.example.com/')).toBeNull();
    expect(restrictionForUrl('https://chrome.google.com/search')).toBeNull();
  });
});

describe('restrictionForError', () => {
  it('reads the browsers injection errors', () => {
    expect(restrictionForError('Cannot access a chrome:// URL')?.kind).toBe('browser-page');
    expect(restrictionForError('The extensions gallery cannot be scripted.')?.kind).toBe('extension-store');
    expect(restrictionForError('Cannot access contents of url "https://x.org/". Extension manifest must request permission to access this host.')?.kind).toBe('no-access');
    expect(restrictionForError('Cannot access contents of url "file:///tmp/a.html".')?.kind).toBe('local-file');
    expect(restrictionForError('Missing host permission for the tab')?.kind).toBe('no-access');
    expect(restrictionForError('Something else broke')).toBeNull();
  });

  it("names Firefox's PDF viewer, which refuses injection as if host access were missing, from the tab's URL", () => {
    const refusal = 'Missing host permission for the tab';
    expect(restrictionForError(refusal, 'http://127.0.0.1:8080/doc.pdf')?.kind).toBe('pdf');
    expect(restrictionForError(refusal, 'https://x.org/files/Report.PDF?download=1')?.kind).toBe('pdf');
    expect(restrictionForError(refusal, 'https://x.org/news/pdf-rules-change/')?.kind).toBe('no-access');
    expect(restrictionForError(refusal, undefined)?.kind).toBe('no-access');
  });
});
