/**
 * The side panel on a tab the user has not invoked the extension on: the browser keeps that tab
 * closed to us (activeTab), so the panel says how to open it and reads it as soon as they do.
 */
export function TabPrompt({ shortcut }: { shortcut: string }) {
  return (
    <div class="state state-prompt" data-state="needs-grant">
      <h1 class="state-title">Click the toolbar button to read this tab</h1>
      <p>
        The browser lets Clear News Reader see a tab only after you ask it to. Click its button{' '}
        <img class="prompt-icon" src="/icon/32.png" alt="" width={18} height={18} /> in the toolbar{shortcut ? <> or press <kbd>{shortcut}</kbd></> : null}, and this panel shows the article.
      </p>
    </div>
  );
}
