// A filter's name and description in the interface's language, found by its id. The packs
// (utils/filters/packs/) keep the English, which the English catalogue repeats word for word
// (tests/i18n/pack-texts.test.ts); a pack the catalogues do not know yet shows its own English.
import { CUSTOM_PACK_ID, CUSTOM_PACK_LABEL, FILTER_PACKS } from '../utils/filters/catalog';
import { messageFor } from './i18n';

/** A message key holds only letters, digits and _: "app-download" → pack_appDownload_label, pack_appDownload_description. */
export function packMessageKeys(id: string): { label: string; description: string } {
  const stem = `pack_${id.replace(/[^A-Za-z0-9]+([A-Za-z0-9]?)/g, (_, c: string) => c.toUpperCase())}`;
  return { label: `${stem}_label`, description: `${stem}_description` };
}

/** Every key these texts are read from: each pack's label and description, and the name of a person's own rules. */
export function packTextKeys(): string[] {
  return [...FILTER_PACKS.flatMap((p) => Object.values(packMessageKeys(p.id))), packMessageKeys(CUSTOM_PACK_ID).label];
}

function englishLabel(id: string): string | undefined {
  return id === CUSTOM_PACK_ID ? CUSTOM_PACK_LABEL : FILTER_PACKS.find((p) => p.id === id)?.label;
}

/**
 * The name of filter `id`. `english` is the name the pipeline gave it (a removal's or a marked
 * block's label), for a filter neither the catalogues nor this build's packs know.
 */
export function packLabel(id: string, english?: string): string {
  return messageFor(packMessageKeys(id).label) ?? englishLabel(id) ?? english ?? id;
}

export function packDescription(id: string): string {
  return messageFor(packMessageKeys(id).description) ?? FILTER_PACKS.find((p) => p.id === id)?.description ?? '';
}
