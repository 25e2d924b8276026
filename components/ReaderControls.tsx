import type { FontFamily, LineWidth, ReaderPrefs, Theme } from '../utils/reader-prefs';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../utils/reader-prefs';

interface Props {
  prefs: ReaderPrefs;
  onChange: (next: ReaderPrefs) => void;
}

const THEMES: { id: Theme; label: string }[] = [
  { id: 'auto', label: 'Auto' }, { id: 'light', label: 'Light' }, { id: 'dark', label: 'Dark' }, { id: 'sepia', label: 'Sepia' },
];
const FAMILIES: { id: FontFamily; label: string }[] = [
  { id: 'serif', label: 'Serif' }, { id: 'sans', label: 'Sans-serif' }, { id: 'mono', label: 'Monospace' },
];
const WIDTHS: { id: LineWidth; label: string }[] = [
  { id: 'narrow', label: 'Narrow' }, { id: 'medium', label: 'Medium' }, { id: 'wide', label: 'Wide' },
];

export function ReaderControls({ prefs, onChange }: Props) {
  const set = (patch: Partial<ReaderPrefs>) => onChange({ ...prefs, ...patch });
  return (
    <section class="reader-controls">
      <h2 id="appearance-title" class="panel-title">Appearance</h2>
      <fieldset class="segmented">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.id} class={prefs.theme === t.id ? 'seg checked' : 'seg'}>
            <input type="radio" name="theme" value={t.id} checked={prefs.theme === t.id} onChange={() => set({ theme: t.id })} />
            {t.label}
          </label>
        ))}
      </fieldset>
      {/* Each button's name starts with what it shows ("A−"), so a person who sees it can say it to voice control. */}
      <div class="field inline">
        <span id="font-size-label">Text size</span>
        <button type="button" class="button" disabled={prefs.fontSize <= FONT_SIZE_MIN} onClick={() => set({ fontSize: prefs.fontSize - 1 })}>A−<span class="visually-hidden"> smaller text</span></button>
        <output aria-labelledby="font-size-label" aria-live="polite">{prefs.fontSize}px</output>
        <button type="button" class="button" disabled={prefs.fontSize >= FONT_SIZE_MAX} onClick={() => set({ fontSize: prefs.fontSize + 1 })}>A+<span class="visually-hidden"> larger text</span></button>
      </div>
      <label class="field inline">
        <span>Font</span>
        <select value={prefs.fontFamily} onChange={(e) => set({ fontFamily: (e.currentTarget as HTMLSelectElement).value as FontFamily })}>
          {FAMILIES.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
        </select>
      </label>
      <fieldset class="segmented">
        <legend>Line width</legend>
        {WIDTHS.map((w) => (
          <label key={w.id} class={prefs.lineWidth === w.id ? 'seg checked' : 'seg'}>
            <input type="radio" name="line-width" value={w.id} checked={prefs.lineWidth === w.id} onChange={() => set({ lineWidth: w.id })} />
            {w.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
