import { useEffect, useRef } from 'preact/hooks';

/**
 * Escape closes the open panel (`panelId` is its element id) and gives the focus back to the button
 * that opened it, so a keyboard user carries on from where they were.
 */
export function useEscapeCloses(panelId: string | null, close: () => void): void {
  // The latest close, so callers may pass a fresh arrow function on every render.
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!panelId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
      closeRef.current();
      document.querySelector<HTMLElement>(`[aria-controls="${panelId}"]`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [panelId]);
}
