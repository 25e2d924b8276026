import { useEffect } from 'preact/hooks';

/**
 * Publishes the sticky toolbar's height as --toolbar-height, so panels can stick under it and a
 * heading jumped to is not hidden behind it (the toolbar wraps to more rows on narrow windows).
 */
export function useToolbarHeight(selector: string): void {
  useEffect(() => {
    const bar = document.querySelector(selector);
    if (!bar) return;
    const publish = () => document.documentElement.style.setProperty('--toolbar-height', `${bar.getBoundingClientRect().height}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(bar);
    publish();
    return () => observer.disconnect();
  }, [selector]);
}
