import { useState } from 'preact/hooks';
import type { Removal, Settings } from '../utils/types';
import { CUSTOM_PACK_ID, FILTER_PACKS } from '../utils/filters/catalog';
import { hostMatches } from '../utils/kit/hosts';
import { clearSiteOverride, isPackEnabled, setPackEnabled } from '../utils/settings';
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
  const siteChoice = (packId: string) =>
    host ? Object.entries(settings.siteFilters).some(([h, t]) => hostMatches(host, h) && typeof t[packId] === 'boolean') : false;
  const siteKey = (packId: string) =>
    Object.entries(settings.siteFilters).find(([h, t]) => hostMatches(host, h) && typeof t[packId] === 'boolean')?.[0] ?? host;
  const total = removed.reduce((n, r) => n + r.count, 0);

  return (
    <section class="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title" class="panel-title">Filters {total > 0 && <span class="muted">· {total} blocks removed</span>}</h2>
      {host && (
        <fieldset class="scope">
          <legend>Switches apply to</legend>
          <label><input type="radio" name="filter-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> all sites</label>
          <label><input type="radio" name="filter-scope" checked={scope === 'site'} onChange={() => setScope('site')} /> {host} only</label>
        </fieldset>
      )}
      <ul class="pack-list">
        {FILTER_PACKS.map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            host={host}
            on={isPackEnabled(settings, pack.id, host)}
            overridden={siteChoice(pack.id)}
            removal={removed.find((r) => r.filter === pack.id)}
            onToggle={(on) => {
              // A site's own choice wins over the global one, so a global change there would look dead.
              const target = scope === 'site' || siteChoice(pack.id) ? siteKey(pack.id) : null;
              onChange(setPackEnabled(settings, pack.id, on, target));
            }}
            onResetSite={() => onChange(clearSiteOverride(settings, pack.id, siteKey(pack.id) ?? ''))}
          />
        ))}
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
