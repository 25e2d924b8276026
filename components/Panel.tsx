import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  open: boolean;
  children: ComponentChildren;
}

/** The region a DisclosureButton controls; its content mounts only while open. */
export function Panel({ id, label, open, children }: Props) {
  return (
    <div id={id} class="panel" role="region" aria-label={label} hidden={!open}>
      {open && children}
    </div>
  );
}
