import type { ExpectedMetadata } from './load-readability-pages';

export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'lang', 'publishedTime'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Trimmed, whitespace collapsed; null, undefined and "" all become "". */
export function normalizeValue(v: string | null | undefined): string {
  return (v ?? '').replace(/\s+/g, ' ').trim();
}

/** Dates agree when both parse to the same instant, since "2020-01-01T00:00:00Z" and "…+00:00" are one time. */
export function fieldAgrees(field: MetadataField, got: string | null | undefined, expected: string | null | undefined): boolean {
  const a = normalizeValue(got);
  const b = normalizeValue(expected);
  if (field === 'publishedTime' && a && b) {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta === tb;
  }
  return a === b;
}

export function agreements(
  got: Record<MetadataField, string | null>,
  expected: ExpectedMetadata,
): Record<MetadataField, boolean> {
  const out = {} as Record<MetadataField, boolean>;
  for (const f of METADATA_FIELDS) out[f] = fieldAgrees(f, got[f], expected[f]);
  return out;
}

export type Disagreement = 'only ours has one' | 'only expected has one' | 'ours is part of expected' | 'expected is part of ours' | 'different';

/** How two values that do not agree differ: a suffix dropped, a value found that the other missed, or another value. */
export function disagreement(got: string | null | undefined, expected: string | null | undefined): Disagreement {
  const a = normalizeValue(got).toLowerCase();
  const b = normalizeValue(expected).toLowerCase();
  if (!b) return 'only ours has one';
  if (!a) return 'only expected has one';
  if (b.includes(a)) return 'ours is part of expected';
  if (a.includes(b)) return 'expected is part of ours';
  return 'different';
}
