interface Props {
  /** id of the panel it shows and hides. */
  controls: string;
  label: string;
  open: boolean;
  onToggle: () => void;
}

export function DisclosureButton({ controls, label, open, onToggle }: Props) {
  return (
    <button
      type="button"
      class={open ? 'button toolbar-button active' : 'button toolbar-button'}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
