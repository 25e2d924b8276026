import type { FilterPack } from './types';
import { ads } from './packs/ads';
import { aiPromo } from './packs/ai-promo';
import { appDownload } from './packs/app-download';
import { comments } from './packs/comments';
import { consent } from './packs/consent';
import { decorative } from './packs/decorative';
import { engagement } from './packs/engagement';
import { navigation } from './packs/navigation';
import { newsletter } from './packs/newsletter';
import { relatedLists } from './packs/related-lists';
import { social } from './packs/social';
import { teasers } from './packs/teasers';

/** Every clutter filter, sorted by id. Settings toggles are derived from this list (and only it). */
export const FILTER_PACKS: readonly FilterPack[] = [
  ads,
  aiPromo,
  appDownload,
  comments,
  consent,
  decorative,
  engagement,
  navigation,
  newsletter,
  relatedLists,
  social,
  teasers,
];

export const PACK_IDS: readonly string[] = FILTER_PACKS.map((pack) => pack.id);

/** Pseudo-pack under which a person's own rules are recorded. */
export const CUSTOM_PACK_ID = 'custom';
/** Its name, in English like the packs' own (the view words it through components/pack-text.ts). */
export const CUSTOM_PACK_LABEL = 'Your rules';
