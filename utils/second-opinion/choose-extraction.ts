// Which extraction to trust, Readability's or the density method's, by named rules over plain
// numbers (no DOM): each rule says why it fired.
import type { BlockClass } from './classify-blocks';
import type { BlockKind } from './segment-blocks';

/** What the two extractions look like, measured on the same page. */
export interface OpinionSummary {
  /** Characters of Readability's text (0 when it found nothing). */
  readabilityChars: number;
  /** Share of Readability's text inside links. */
  readabilityLinkDensity: number;
  /** Characters of the density method's good blocks. */
  densityChars: number;
  /** Share of the good blocks' text inside links. */
  densityLinkDensity: number;
  /** Characters of good blocks that Readability's text also holds. */
  sharedChars: number;
  /** Good blocks inside Readability's span (between the first and last block they share) that it lacks. */
  lostInside: number;
  /** Good blocks right before or after that span, with no bad block between, that it lacks. */
  lostAtEdges: number;
}

export type Choice =
  | { take: 'readability'; rule: RuleName; reason: string }
  | { take: 'density'; rule: RuleName; reason: string }
  | { take: 'merge'; rule: RuleName; reason: string };

export type RuleName = 'readability-empty' | 'readability-mostly-links' | 'readability-fragment' | 'add-lost-blocks' | 'agree';

export const CHOICE_LIMITS = {
  /** Below this, Readability's text is no article at all. */
  emptyChars: 200,
  /** The density method needs at least this much good text to stand in for Readability. */
  minDensityChars: 500,
  /** Link density above which a text is a list of links rather than an article. */
  mostlyLinks: 0.5,
  /** Readability's text is a fragment when the good region is this many times longer... */
  fragmentRatio: 3,
  /** ...and holds at least this share of Readability's text. */
  fragmentCoverage: 0.8,
};

export function chooseExtraction(s: OpinionSummary): Choice {
  const L = CHOICE_LIMITS;
  if (s.readabilityChars < L.emptyChars && s.densityChars >= L.minDensityChars) {
    return { take: 'density', rule: 'readability-empty', reason: 'Readability found (almost) nothing where the page has prose' };
  }
  if (s.readabilityLinkDensity > L.mostlyLinks && s.densityLinkDensity < L.mostlyLinks / 2 && s.densityChars >= L.minDensityChars) {
    return { take: 'density', rule: 'readability-mostly-links', reason: "Readability's text is mostly links; the prose is elsewhere" };
  }
  if (s.densityChars >= L.fragmentRatio * s.readabilityChars && s.sharedChars >= L.fragmentCoverage * s.readabilityChars && s.readabilityChars > 0) {
    return { take: 'density', rule: 'readability-fragment', reason: "Readability's text is a fragment of a much larger good region" };
  }
  if (s.lostInside + s.lostAtEdges > 0) {
    return { take: 'merge', rule: 'add-lost-blocks', reason: 'good blocks in or next to Readability\'s span are missing from it (lists, tables, captions, ledes)' };
  }
  return { take: 'readability', rule: 'agree', reason: 'the density method finds nothing Readability lacks' };
}

/** Where one of Readability's blocks sits against the good blocks both extractions share. */
export type Zone = 'before' | 'inside' | 'after';

export type TrimRule = 'heading-without-text';

/**
 * Whether one of Readability's blocks is boilerplate by the density method's evidence, and which
 * rule says so; null keeps it. Only blocks a reader does not need for the article qualify: a
 * heading after the article's last shared good block, that no good text follows ("Related",
 * "Comments"). A heading inside the article stays whatever its class: section headings often carry
 * an anchor or "[edit]" link that makes them look link-dense, and readers need them to find their
 * way. Captions stay even when short and without stop words: readers want them.
 */
export function trimRule(kind: BlockKind, densityClass: BlockClass, zone: Zone): TrimRule | null {
  if (densityClass !== 'bad') return null;
  if (kind === 'heading' && zone === 'after') return 'heading-without-text';
  return null;
}

/** Kinds of block Readability may drop from inside the article that the density method puts back. */
export const RESTORED_INSIDE: ReadonlySet<BlockKind> = new Set(['list', 'table', 'code']);
