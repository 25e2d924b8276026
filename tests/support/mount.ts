// Renders a Preact tree into a fresh element of the test document (jsdom); `unmount` takes it away.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

let root: HTMLElement | null = null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mount(vnode: VNode<any>): HTMLElement {
  unmount();
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(vnode, root!));
  return root;
}

/** Unmounts the last tree mounted (its effects' clean-ups run) and removes its element. */
export function unmount(): void {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
}
