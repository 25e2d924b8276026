import type { FontFamily, LineHeight, LineWidth, ReaderPrefs, Theme } from '../utils/reader-prefs';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../utils/reader-prefs';
import { formatNumber, t, type MessageKey } from './i18n';

interface Props {
  prefs: ReaderPrefs;
  onChange: (next: ReaderPrefs) => void;
}

const THEMES: { id: Theme; label: MessageKey }[] = [
  { id: 'auto', label: 'controls_themeAuto' }, { id: 'light', label: 'controls_themeLight' }, { id: 'dark', label: 'controls_themeDark' }, { id: 'sepia', label: 'controls_themeSepia' },
];
const FAMILIES: { id: FontFamily; label: MessageKey }[] = [
  { id: 'serif', label: 'controls_fontSerif' }, { id: 'sans', label: 'controls_fontSans' }, { id: 'mono', label: 'controls_fontMono' },
];
const WIDTHS: { id: LineWidth; label: MessageKey }[] = [
  { id: 'narrow', label: 'controls_widthNarrow' }, { id: 'medium', label: 'controls_widthMedium' }, { id: 'wide', label: 'controls_widthWide' },
];
const HEIGHTS: { id: LineHeight; label: MessageKey }[] = [
  { id: 'compact', label: 'controls_spacingCompact' }, { id: 'normal', label: 'controls_spacingNormal' }, { id: 'loose', label: 'controls_spacingLoose' },
];

export function ReaderControls({ prefs, onChange }: Props) {
  const set = (patch: Partial<ReaderPrefs>) => onChange({ ...prefs, ...patch });
  return (
    <section class="reader-controls">
      <h2 id="appearance-title" class="panel-title">{t('controls_title')}</h2>
      <fieldset class="segmented">
        <legend>{t('controls_theme')}</legend>
        {THEMES.map((th) => (
          <label key={th.id} class={prefs.theme === th.id ? 'seg checked' : 'seg'}>
            <input type="radio" name="theme" value={th.id} checked={prefs.theme === th.id} onChange={() => set({ theme: th.id })} />
            {t(th.label)}
          </label>
        ))}
      </fieldset>
      {/* Each button's name starts with what it shows ("A−"), so a person who sees it can say it to voice control. */}
      <div class="field inline">
        <span id="font-size-label">{t('controls_textSize')}</span>
        <button type="button" class="button" disabled={prefs.fontSize <= FONT_SIZE_MIN} onClick={() => set({ fontSize: prefs.fontSize - 1 })}>A−<span class="visually-hidden"> {t('controls_smallerText')}</span></button>
        <output aria-labelledby="font-size-label" aria-live="polite">{t('controls_pixels', formatNumber(prefs.fontSize))}</output>
        <button type="button" class="button" disabled={prefs.fontSize >= FONT_SIZE_MAX} onClick={() => set({ fontSize: prefs.fontSize + 1 })}>A+<span class="visually-hidden"> {t('controls_largerText')}</span></button>
      </div>
      <label class="field inline">
        <span>{t('controls_font')}</span>
        <select value={prefs.fontFamily} onChange={(e) => set({ fontFamily: (e.currentTarget as HTMLSelectElement).value as FontFamily })}>
          {FAMILIES.map((f) => <option key={f.id} value={f.id}>{t(f.label)}</option>)}
        </select>
      </label>
      <fieldset class="segmented">
        <legend>{t('controls_lineWidth')}</legend>
        {WIDTHS.map((w) => (
          <label key={w.id} class={prefs.lineWidth === w.id ? 'seg checked' : 'seg'}>
            <input type="radio" name="line-width" value={w.id} checked={prefs.lineWidth === w.id} onChange={() => set({ lineWidth: w.id })} />
            {t(w.label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="segmented">
        <legend>{t('controls_lineSpacing')}</legend>
        {HEIGHTS.map((h) => (
          <label key={h.id} class={prefs.lineHeight === h.id ? 'seg checked' : 'seg'}>
            <input type="radio" name="line-height" value={h.id} checked={prefs.lineHeight === h.id} onChange={() => set({ lineHeight: h.id })} />
            {t(h.label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
