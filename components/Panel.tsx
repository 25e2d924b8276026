import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  open: boolean;
  children: ComponentChildren;
}

/**
 * The region a DisclosureButton controls; its content mounts only while open. The panel is the
 * landmark, so what it holds is a plain section under a heading: a region of the same name inside
 * would announce one place twice.
 */
export function Panel({ id, label, open, children }: Props) {
  return (
    <div id={id} class="panel" role="region" aria-label={label} hidden={!open}>
      {open && children}
    </div>
  );
}
