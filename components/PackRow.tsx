import { useState } from 'preact/hooks';
import type { FilterPack } from '../utils/filters/types';
import type { Removal } from '../utils/types';
import { formatNumber, t, tn } from './i18n';
import { packDescription, packLabel } from './pack-text';

interface Props {
  pack: FilterPack;
  /** Effective on this page's site. */
  on: boolean;
  /** This site has its own choice for the pack. */
  overridden: boolean;
  host: string | null;
  removal: Removal | undefined;
  /** Blocks of this pack in the view, marked, because it is off. */
  shown?: number;
  onToggle: (on: boolean) => void;
  onResetSite: () => void;
}

export function PackRow({ pack, on, overridden, host, removal, shown = 0, onToggle, onResetSite }: Props) {
  const [showSamples, setShowSamples] = useState(false);
  const id = `pack-${pack.id}`;
  const count = removal?.count ?? 0;
  const label = packLabel(pack.id);
  return (
    <li class="pack" data-pack={pack.id}>
      <div class="pack-line">
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={on}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-desc`}
          onClick={() => onToggle(!on)}
        >
          <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
        </button>
        <span id={`${id}-label`} class="pack-label" dir="auto">{label}</span>
        {count > 0 && <span class="pack-count" data-count={count}>{tn('filters_removedCount', count)}</span>}
      </div>
      <p id={`${id}-desc`} class="pack-desc" dir="auto">{packDescription(pack.id)}</p>
      {count > 0 && removal?.readabilityDrops !== undefined && <p class="pack-effect">{effectOf(count, removal.readabilityDrops)}</p>}
      {!on && shown > 0 && <p class="pack-effect">{tn('pack_shownOff', shown)}</p>}
      <div class="pack-actions">
        {overridden && host && (
          <span class="pack-override">
            {t('pack_setForSite', host)}{' '}
            <button type="button" class="link-button" onClick={onResetSite} aria-label={t('pack_resetLabel', label, host)}>
              {t('pack_reset')}
            </button>
          </span>
        )}
        {removal && removal.samples.length > 0 && (
          <button
            type="button"
            class="link-button"
            aria-expanded={showSamples}
            aria-controls={`${id}-samples`}
            onClick={() => setShowSamples(!showSamples)}
          >
            {showSamples ? t('pack_hideSamples') : t('pack_showSamples')}
          </button>
        )}
      </div>
      {showSamples && removal && (
        <ul id={`${id}-samples`} class="pack-samples">
          {removal.samples.map((s, i) => <li key={i}>{t('quoted', s)}</li>)}
        </ul>
      )}
    </li>
  );
}

/** What the pack's removals change against plain Readability, which drops some of the same blocks itself. */
function effectOf(count: number, drops: number): string {
  if (drops >= count) return tn('pack_effectDropsAll', count);
  if (drops === 0) return tn('pack_effectKeepsAll', count);
  return tn('pack_effectDropsSome', count, formatNumber(drops), formatNumber(count - drops));
}
