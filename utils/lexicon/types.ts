// The shape of one language's words. Every language folder (en/, fr/, …) fills all of it, with empty
// lists where the language has no words for a concern; tests/lexicon/lexicon.test.ts lints the data.

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Labels compared as whole texts in foldKey's form (lower case, no accents, no punctuation) unless noted. */
export interface LabelWords {
  /** Whole labels of a paid placement: "Sponsored", "Anzeige". */
  sponsored: string[];
  /** Words that open a longer paid label ("Sponsored · Brand"), matched case-insensitively as written. */
  sponsoredLead: string[];
  /** The word after such a lead that names the payer: "Promoted by Acme". */
  sponsoredBy: string[];
  /** Labels over a box of other stories: "Read also", "Lire aussi". */
  related: string[];
  /**
   * Labels over an article's own reading list: "Further reading", "Sources", "参考資料". Its links
   * are part of the article, not other stories to list.
   */
  reading: string[];
}

/** Link texts that name an action, not a story (lower case, matched case-insensitively). */
export interface ActionWords {
  /** A story list's own links, as their whole text: "See all", "Voir plus". */
  listLinks: string[];
  /** How a card link's text starts when it is a call to action: "Learn more about …". */
  cardLinks: string[];
  /** Whole short card texts that are buttons or section words, never a publisher's name: "Live", "Share". */
  notSources: string[];
}

/** Words of a story's age, accent-free and lower case as relative-time.ts folds the text, unless noted. */
export interface TimeWords {
  /** Unit words and their abbreviations: "h", "hours", "heures". */
  units: Record<TimeUnit, string[]>;
  /** Words for an amount of one: "an hour ago", "il y a une heure". */
  one: string[];
  /** Words before the amount that put it in the past: "il y a", "vor", "hace" (tried in order). */
  agoBefore: string[];
  /** Words after the amount that put it in the past: "ago", "fa". */
  agoAfter: string[];
  /** Whole texts that mean the extraction moment: "just now", "heute". */
  now: string[];
  /** Words for yesterday. */
  yesterday: string[];
  /** The word between "yesterday" and a clock time: "yesterday at 10:30". */
  yesterdayAt: string[];
  /** The word between a date and a clock time: "12 Sep 2024 at 15:45". */
  clockAt: string[];
  /** Month names, January first: twelve lists of spellings, or none for a language without them. */
  months: string[][];
  /** Labels before a time, matched case-insensitively as written: "Updated:", "Publié". */
  labels: string[];
}

/** Words around an author's name, matched case-insensitively. */
export interface BylineWords {
  /** What precedes the name: "By", "Written by", "Von". */
  prefixes: string[];
  /** Job-title words after a name: ", Senior Staff Writer". */
  roles: string[];
  /**
   * What a row of names and dates at the top of an article ("By Jane Doe • 3h ago • Updated") may hold
   * besides the names: whole words, unit words after a number, month abbreviations (any ending), and
   * the words that join names.
   */
  rowWords: string[];
  rowUnits: string[];
  rowMonths: string[];
  rowJoiners: string[];
  /**
   * What opens a line crediting the story's first publisher, the name following: "Originally published
   * on", "Publié à l'origine sur". Optional only so that a language folder can be added before its words.
   */
  credits?: string[];
  /** The same for a link's text ("Continue to X"), taken only when the link leads to X's site. */
  creditLinks?: string[];
  /**
   * The word between an author's name and the publication they write in, on a story card: "Ana Ruiz
   * in The Commons Desk". The name after it is the card's publisher; the name before it a person.
   */
  publicationJoiners?: string[];
}

export interface Lexicon {
  /** Words that say nothing about a story's subject, in foldWord's form. */
  stopWords: string[];
  labels: LabelWords;
  actions: ActionWords;
  time: TimeWords;
  byline: BylineWords;
  /** The commonest function words, lower case: their share in a block tells running prose from menus and link lists. */
  proseWords: string[];
}
