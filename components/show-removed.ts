// Whether the article marks the places where blocks were taken out. The switch sits in the filter
// panel and the marks in the article, two branches of the tree apart; this one value is shared by
// both for as long as the page is open (it is a way of looking, not a setting to keep).
import { useEffect, useState } from 'preact/hooks';

let current = false;
const listeners = new Set<(on: boolean) => void>();

export function setShowRemoved(on: boolean): void {
  current = on;
  for (const listener of listeners) listener(on);
}

export function useShowRemoved(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(current);
  useEffect(() => {
    listeners.add(setOn);
    setOn(current);
    return () => void listeners.delete(setOn);
  }, []);
  return [on, setShowRemoved];
}
