import type { ComponentChild } from 'preact';
import { t } from './i18n';

// Stand-ins passed as $1/$2, then swapped for the icon and the key: each language puts them where its sentence needs them.
const ICON = '\u0001';
const KEY = '\u0002';

/**
 * The side panel on a tab the user has not invoked the extension on: the browser keeps that tab
 * closed to us (activeTab), so the panel says how to open it and reads it as soon as they do.
 */
export function TabPrompt({ shortcut }: { shortcut: string }) {
  return (
    <div class="state state-prompt" data-state="needs-grant">
      <h1 class="state-title">{t('prompt_title')}</h1>
      <p>{withParts(shortcut ? t('prompt_textShortcut', ICON, KEY) : t('prompt_text', ICON), shortcut)}</p>
    </div>
  );
}

function withParts(text: string, shortcut: string): ComponentChild[] {
  return text.split(/(\u0001|\u0002)/).map((part, i) => {
    if (part === ICON) return <img key={i} class="prompt-icon" src="/icon/32.png" alt="" width={18} height={18} />;
    if (part === KEY) return <kbd key={i}>{shortcut}</kbd>;
    return part;
  });
}
