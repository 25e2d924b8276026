import { useState } from 'preact/hooks';
import type { Removal, Settings } from '../utils/types';
import { CUSTOM_PACK_ID, FILTER_PACKS } from '../utils/filters/catalog';
import { clearSiteOverride, setPackEnabled } from '../utils/settings';
import { packChoice } from '../utils/filters/pack-choice';
import { PackRow } from './PackRow';
import { CustomRules } from './CustomRules';

interface Props {
  settings: Settings;
  host: string | null;
  removed: Removal[];
  onChange: (next: Settings) => void;
  /** Present when the live page can be cleaned too. */
  liveClean?: { on: boolean; error: string | null; onToggle: (on: boolean) => void };
}

export function FilterPanel({ settings, host, removed, onChange, liveClean }: Props) {
  const [scope, setScope] = useState<'all' | 'site'>('all');
  const total = removed.reduce((n, r) => n + r.count, 0);

  return (
    <section class="filter-panel">
      <h2 id="filters-title" class="panel-title">Filters {total > 0 && <span class="muted">· {total} blocks removed</span>}</h2>
      {host && (
        <fieldset class="scope">
          <legend>Switches apply to</legend>
          <label><input type="radio" name="filter-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> all sites</label>
          <label><input type="radio" name="filter-scope" checked={scope === 'site'} onChange={() => setScope('site')} /> {host} only</label>
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
            Also hide the clutter on the page itself
          </label>
          {liveClean.error && <p class="field-error" role="alert">{liveClean.error}</p>}
        </div>
      )}
      <CustomRules settings={settings} host={host} removal={removed.find((r) => r.filter === CUSTOM_PACK_ID)} onChange={onChange} />
    </section>
  );
}
