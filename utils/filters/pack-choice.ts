// Whether a filter pack is on for a site: the one reading of the global switches and the per-site
// overrides, shared by the pipeline (which rules run) and the filter panel (what its switches show).
import { FILTER_PACKS } from './catalog';
import { hostMatches } from '../kit/hosts';
import type { Settings } from '../types';

export interface PackChoice {
  on: boolean;
  /** The site whose own choice decides (a stored host that `host` is or is under); null when the global switch does. */
  site: string | null;
}

export function packChoice(settings: Settings, packId: string, host: string | null): PackChoice {
  if (host) {
    for (const [site, toggles] of Object.entries(settings.siteFilters)) {
      if (hostMatches(host, site) && typeof toggles[packId] === 'boolean') return { on: toggles[packId], site };
    }
  }
  const global = settings.filters[packId];
  return { on: typeof global === 'boolean' ? global : (FILTER_PACKS.find((p) => p.id === packId)?.defaultOn ?? false), site: null };
}

export function isPackEnabled(settings: Settings, packId: string, host: string | null): boolean {
  return packChoice(settings, packId, host).on;
}
