// Clutter filters are data: named packs of rules. The matcher (apply-filters.ts) is the only code
// that interprets them, so adding a kind of clutter means adding data, not code.

export interface FilterRule {
  /** CSS selector of blocks to drop. */
  selector?: string;
  /**
   * Regular expression (source, case-insensitive) tested against an element's class, id,
   * data-testid, aria-label and role, joined by spaces. Word-ish: write `\bcomments?\b`.
   */
  attr?: string;
  /**
   * Phrases matched against a whole block's text (case-, quote- and whitespace-insensitive,
   * trailing punctuation ignored). A phrase wrapped in slashes is a regular expression that must
   * match the whole normalized text: "/^view comments \(\d+\)$/".
   */
  phrases?: string[];
  /** Link targets (host or host+path prefixes, or URL schemes like "intent:") of app-store and open-in-app links. */
  links?: string[];
  /** Limit the rule to these element names (lower case, e.g. ["img", "svg"]). */
  tags?: string[];
  /** Limit the rule to these hosts (and their subdomains). Absent: every site. */
  hosts?: string[];
  /**
   * A block this rule matches goes alone and never makes a box around it clutter: it is furniture of
   * content (a photo credit belongs to its picture; taking the figure with it would lose the caption).
   */
  alone?: boolean;
  /**
   * A match is certain (a consent platform's own box): taken even where it holds much of the page's
   * prose, as a consent wall does on a page of links. Landmarks and the headline stay guarded.
   */
  certain?: boolean;
  /** Why the rule exists (shown nowhere; for reviewers of the data). */
  note?: string;
}

export interface FilterPack {
  id: string;
  label: string;
  description: string;
  defaultOn: boolean;
  rules: FilterRule[];
}
