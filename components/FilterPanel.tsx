import { useState } from 'preact/hooks';
import type { Removal, RemovalMark, Settings } from '../utils/types';
import { CUSTOM_PACK_ID, FILTER_PACKS } from '../utils/filters/catalog';
import { clearSiteOverride, setPackEnabled } from '../utils/settings';
import { packChoice } from '../utils/filters/pack-choice';
import { PackRow } from './PackRow';
import { CustomRules } from './CustomRules';
import { formatNumber, t, tn } from './i18n';
import { useShowRemoved } from './show-removed';

interface Props {
  settings: Settings;
  host: string | null;
  removed: Removal[];
  /** Where the article marks the filters' blocks; a switched-off pack's row counts its shown ones. */
  marks?: RemovalMark[];
  onChange: (next: Settings) => void;
  /** Present when the live page can be cleaned too. */
  liveClean?: { on: boolean; error: string | null; onToggle: (on: boolean) => void };
}

export function FilterPanel({ settings, host, removed, marks, onChange, liveClean }: Props) {
  const [scope, setScope] = useState<'all' | 'site'>('all');
  const [showRemoved, setShowRemoved] = useShowRemoved();
  const total = removed.reduce((n, r) => n + r.count, 0);
  const alsoDropped = removed.reduce((n, r) => n + (r.readabilityDrops ?? 0), 0);
  const shownOf = (id: string) => (marks ?? []).reduce((n, m) => n + m.blocks.filter((b) => b.state === 'shown' && b.filter === id).length, 0);

  return (
    <section class="filter-panel">
      <h2 id="filters-title" class="panel-title">{t('filters_title')} {total > 0 && <span class="muted">· {tn('filters_blocksRemoved', total)}</span>}</h2>
      {total > 0 && (
        <div class="removed-summary">
          {removed.some((r) => r.readabilityDrops !== undefined) && (
            <p class="muted">{readabilitySummary(total, alsoDropped)}</p>
          )}
          <label>
            <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('filters_showRemoved')}
          </label>
        </div>
      )}
      {host && (
        <fieldset class="scope">
          <legend>{t('filters_scope')}</legend>
          <label><input type="radio" name="filter-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('scope_allSites')}</label>
          <label><input type="radio" name="filter-scope" checked={scope === 'site'} onChange={() => setScope('site')} /> {t('scope_siteOnly', host)}</label>
        </fieldset>
      )}
      <ul class="pack-list">
        {FILTER_PACKS.map((pack) => {
          const choice = packChoice(settings, pack.id, host);
          return (
            <PackRow
              key={pack.id}
              pack={pack}
              host={host}
              on={choice.on}
              overridden={choice.site !== null}
              removal={removed.find((r) => r.filter === pack.id)}
              shown={shownOf(pack.id)}
              onToggle={(on) => {
                // A site's own choice wins over the global one, so a global change there would look dead.
                const target = choice.site ?? (scope === 'site' ? host : null);
                onChange(setPackEnabled(settings, pack.id, on, target));
              }}
              onResetSite={() => choice.site && onChange(clearSiteOverride(settings, pack.id, choice.site))}
            />
          );
        })}
      </ul>
      {liveClean && (
        <div class="live-clean">
          <label>
            <input type="checkbox" checked={liveClean.on} onChange={(e) => liveClean.onToggle((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('filters_liveClean')}
          </label>
          {liveClean.error && <p class="field-error" role="alert">{liveClean.error}</p>}
        </div>
      )}
      <CustomRules settings={settings} host={host} removal={removed.find((r) => r.filter === CUSTOM_PACK_ID)} onChange={onChange} />
    </section>
  );
}

/** How the filters' removals compare with plain Readability's own: the reason a switch may change no word of the text. */
function readabilitySummary(total: number, drops: number): string {
  if (drops >= total) return tn('filters_readabilityDropsAll', total);
  return tn('filters_readabilityDropsSome', total, formatNumber(drops), formatNumber(total - drops));
}
