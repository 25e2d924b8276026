// A content script injected again (the popup opened twice, the page cleaned twice) must not add a
// second listener or retake its snapshot: the first injection marks the page's script world.

/** True the first time it is called with `flag` in this page, false after. */
export function installOnce(flag: string): boolean {
  const g = globalThis as typeof globalThis & Record<string, unknown>;
  if (g[flag]) return false;
  g[flag] = true;
  return true;
}
