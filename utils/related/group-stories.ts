// Groups related stories for display: by topic (shared names and subjects in their headlines), by
// publisher, or by age. Deterministic and offline: the same stories always give the same groups.

import type { RelatedGroup, Story } from '../types';
import { foldKey, foldWord } from '../kit/text';
import { STOP_WORD_LANGS, stopWordsFor } from './stop-words';
import { isDemonym, isStreetWord, leadsWithComma, placePrepositions } from './topic-words';

export const OTHER_STORIES = 'Other stories';
/** The label when no topic joins any two stories and all of them form one group. */
export const ALL_STORIES = 'Related stories';
export const OTHER_SOURCES = 'Other sources';
export const TIME_LABELS = ['Last hour', 'Today', 'Yesterday', 'This week', 'Older', 'Undated'] as const;

export interface GroupOptions {
  lang?: string | null;
  now: number;
  /** Minutes east of UTC where "Today" and "Yesterday" are counted; UTC when absent. */
  utcOffsetMinutes?: number;
  /** The page's address: its site name and section words never make a topic. */
  url?: string | null;
  /** The page's title: a tag heading never makes a topic; an article headline names the subject. */
  title?: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PROPER = 3;
const ORDINARY = 2;
// In Title Case a shared word ("Easy", "Access") is weak: two such headlines do not make a topic, three do.
const TITLE_CASE = 1.75;
const NAME_PART = 1;
// A topic is at least one subject word in two headlines; a term counts at its weakest use.
const MIN_TOPIC_SCORE = 4;
// A story joins a topic when it shares a subject with one of the stories that formed it: a name, or two words.
const MIN_AFFINITY = 3;
// On a page of at least so many stories, a word in more than this share of them is the page's common
// ground (a tag page's tag), not a subject; in a short list, three of four sharing a word is a topic.
const COMMON_SHARE = 0.5;
const COMMON_MIN_STORIES = 6;
// Lower-case words after a town's name that still belong to the place ("ferry terminal", "high school").
const PLACE_TAIL = 2;
// A title of at most this many subject words is a page's heading (a tag, topic or section), not a headline.
const HEADING_WORDS = 3;

interface Term {
  key: string;
  surface: string;
  weight: number;
  /** Written as a name right after a place preposition: "in Penzance", "à Nantes". */
  place: boolean;
  /** In a headline's lead label before a colon: "Nantes : …", "Wetter: …". */
  kicker: boolean;
  /** The subject word right after it ("Dell Street bridge" → bridge), when one follows with only a space. */
  next: string | null;
  /** Written with a capital where a capital means a name. */
  name: boolean;
  /** The next word of the same name ("Dell" → street in "Dell Street"), so a shared name counts once. */
  nameNext: string | null;
  /** The word before it in the same name ("River" ← kettle in "Kettle River"): the name's own first part. */
  namePrev: string | null;
}


/** Light stemming: plural and possessive endings, so "talks" meets "talk" and "Putin's" meets "Putin". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Letters, digits and the marks written on letters, with apostrophes and ampersands inside a word
// ("Putin's", "A&E"). Devanagari and Thai write vowels as marks: without them "राजस्थान" fell apart
// into single letters and no Hindi headline shared a word with another.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’&][\p{L}\p{N}\p{M}]+)*/gu;

function rawTokens(title: string): string[] {
  return title.match(TOKEN) ?? [];
}

function detectLang(stories: Story[]): string {
  const words = stories.flatMap((s) => rawTokens(s.title).map(foldWord));
  let best = 'en';
  let bestHits = 0;
  for (const lang of STOP_WORD_LANGS) {
    const stop = stopWordsFor(lang)!;
    const hits = words.filter((w) => stop.has(w)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

interface Token {
  word: string;
  key: string;
  index: number;
  /** Separated from the previous raw token by spaces only (no comma, colon or dash). */
  joined: boolean;
  /** The raw word just before, folded: a preposition there says how the word is used. */
  before: string | null;
  kicker: boolean;
  /** Opens the headline or a sentence in it ("Fires: Study finds…"), where a capital says nothing. */
  opens: boolean;
}

function tokensOf(title: string, stop: Set<string>, commaLead = false): Token[] {
  const out: Token[] = [];
  let index = 0;
  let prevEnd = -1;
  let before: string | null = null;
  // A short lead label ending in a colon: "Nantes : le pont…", "Falmouth dredging: …"; where the
  // language writes the place first with a comma ("Bologna, chiude la galleria…"), that too.
  const lead = /^([^:]{1,40}?)\s?:\s/u.exec(title) ?? (commaLead ? /^([^,]{1,30}),\s/u.exec(title) : null);
  const kickerEnd = lead && rawTokens(lead[1]!).length <= 3 ? lead[1]!.length : -1;
  for (const m of title.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const joined = prevEnd >= 0 && /^\s+$/.test(title.slice(prevEnd, start));
    const prevWord = before;
    before = foldWord(raw);
    prevEnd = start + raw.length;
    const i = index++;
    // French and Italian elision ("l'Ukraine", "dell'Italia") and English possessives ("Putin's").
    const word = raw.replace(/^(?:[cdjlmnst]|qu|dell|nell|all|sull)['’]/i, '').replace(/['’]s$/i, '');
    const folded = foldWord(word);
    if (!folded || stop.has(folded) || stop.has(foldWord(raw)) || /^\d+$/.test(folded)) continue;
    if (folded.length < 3 && !isAcronym(word)) continue;
    // A name that opens a hyphenated modifier ("Mars-sized exoplanet", "Paris-based startup") says what
    // the thing is like or where it is from, not what the story is about.
    if (isCapitalized(word) && /^-\p{Ll}/u.test(title.slice(start + raw.length, start + raw.length + 2))) continue;
    const opens = i === 0 || /[:.!?]\s*$/.test(title.slice(0, start));
    out.push({ word, key: stem(folded), index: i, joined, before: joined ? prevWord : null, kicker: start < kickerEnd, opens });
  }
  return out;
}

/** Each story's salient terms with weights: names count more than common words. */
function storyTerms(stories: Story[], stop: Set<string>, places: Set<string>, commaLead: boolean): Map<string, Term>[] {
  const tokenLists = stories.map((s) => tokensOf(s.title, stop, commaLead));
  // Headlines In Title Case capitalise every word, so a capital says nothing there.
  const titleCased = tokenLists.map((tokens) => tokens.length >= 3 && tokens.filter((t) => isCapitalized(t.word)).length / tokens.length >= 0.8);
  // Words written with a capital inside some sentence-case headline are names wherever they appear, even first.
  const names = new Set<string>();
  tokenLists.forEach((tokens, i) => {
    if (!titleCased[i]) for (const t of tokens) if (!t.opens && isCapitalized(t.word)) names.add(t.key);
  });

  return tokenLists.map((tokens, i) => {
    const titleCase = titleCased[i];
    const terms = new Map<string, Term>();
    // The word before the run of capitalised words a name starts with ("to Port Avery").
    let runBefore: string | null = null;
    // Lower-case words still completing a place named after a preposition ("near Bainbridge ferry terminal").
    let placeTail = 0;
    tokens.forEach((t, n) => {
      const prev = tokens[n - 1];
      const next = tokens[n + 1];
      const adjacentNext = next !== undefined && next.joined && next.index === t.index + 1;
      const continuesRun = prev !== undefined && t.joined && t.index === prev.index + 1 && isCapitalized(prev.word) && isCapitalized(t.word);
      if (!continuesRun) runBefore = t.before;
      // Inside a multi-word name ("Leeds Bradford Airport", "Donald Trump") only the last word is
      // the name's head; "Bradford" there is weak evidence of a story about Bradford.
      // An acronym after a name is a thing of that place, not more of its name ("Truro A&E").
      const inName = !titleCase && adjacentNext && isCapitalized(t.word) && isCapitalized(next!.word) && !isAcronym(next!.word);
      const acronym = isAcronym(t.word);
      let weight = ORDINARY;
      if (inName) weight = NAME_PART;
      else if (names.has(t.key) || acronym) weight = PROPER;
      else if (titleCase) weight = TITLE_CASE;
      else if (!t.opens && isCapitalized(t.word)) weight = PROPER;
      const name = weight === PROPER || weight === NAME_PART;
      const namedPlace = name && ((runBefore !== null && places.has(runBefore)) || (!titleCase && continuesRun && isStreetWord(t.key)) || isDemonym(t.word));
      const completesPlace = !name && !titleCase && placeTail > 0 && prev !== undefined && t.joined && t.index === prev.index + 1;
      // A street's name is whole ("Main Street pothole repairs": the repairs are on it, not part of it).
      placeTail = namedPlace && !isStreetWord(t.key) ? PLACE_TAIL : completesPlace ? placeTail - 1 : 0;
      const term: Term = {
        key: t.key,
        surface: t.word,
        weight,
        // After a place preposition ("in Penzance"), the street word ending a name ("Bayview Road"), a
        // people's adjective ("Cornish"), or a word completing such a place ("ferry" in "near Bainbridge
        // ferry terminal").
        place: namedPlace || completesPlace,
        kicker: t.kicker,
        next: adjacentNext && !inName ? next!.key : null,
        name,
        nameNext: inName ? next!.key : null,
        namePrev: !titleCase && continuesRun ? prev!.key : null,
      };
      const had = terms.get(t.key);
      if (!had || had.weight < weight) terms.set(t.key, term);
    });
    return terms;
  });
}

/** Words of the page's own address: its site's name and its section path ("/topic/environment", "/hashtag/putin"). */
function addressWords(url: string | null | undefined): { words: Set<string>; hostLabels: string[] } {
  const words = new Set<string>();
  const hostLabels: string[] = [];
  if (!url) return { words, hostLabels };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { words, hostLabels };
  }
  const labels = parsed.hostname.split('.').filter((l) => l !== 'www');
  for (const label of labels.slice(0, -1)) {
    hostLabels.push(foldWord(label).replace(/-/g, ''));
    for (const w of label.split('-')) words.add(stem(foldWord(w)));
  }
  for (const segment of parsed.pathname.split('/')) {
    let text = segment;
    try {
      text = decodeURIComponent(segment);
    } catch {
      // A broken escape: the segment as written.
    }
    const parts = text.split(/[-_+.\s]+/).filter(Boolean);
    // A long segment is the story's own slug, which names its subject, not the page's section.
    if (parts.length > 3) continue;
    for (const w of parts) if (!/\d/.test(w)) words.add(stem(foldWord(w)));
  }
  return { words, hostLabels };
}

/**
 * The page's own words, which never make a topic: its site name and section from the address, and
 * any word most of its stories share (every story on a #Harbor page says "Harbor").
 */
function pageOwnKeys(terms: Map<string, Term>[], url: string | null | undefined, heading: Set<string>): Set<string> {
  const { words, hostLabels } = addressWords(url);
  for (const key of heading) words.add(key);
  const df = new Map<string, number>();
  for (const t of terms) for (const key of t.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const own = new Set<string>();
  for (const [key, n] of df) {
    const inHost = key.length >= 5 && hostLabels.some((l) => l.length > key.length && (l.startsWith(key) || l.endsWith(key)));
    if (words.has(key) || inHost || (terms.length >= COMMON_MIN_STORIES && n > COMMON_SHARE * terms.length)) own.add(key);
  }
  return own;
}

/**
 * What a set of stories have in common that can make them a topic: the words all of them share, or
 * none. The page's own words do not count: on a #Harbor page "Harbor flood wall" shares "flood wall"
 * with another story, and "Harbor" with all of them. Two shared words make a subject ("flood wall",
 * "Truro … A&E"); one alone only when every story uses it as its subject: not as the place where it
 * happened ("in Penzance", "Dell Street", "Cornish"), not as a lead label ("Nantes : …"); a name
 * whatever follows it, and a common word ("Harbor seals", "Harbor flood wall") only when the
 * article's own headline has it.
 */
function sharedSubject(members: number[], terms: Map<string, Term>[], own: Set<string>, subject: Set<string>): string[] {
  const all = members.map((m) => terms[m]!);
  const [first, ...rest] = all;
  // A word of two different names is no shared name: "Kettle River" and "Colorado River" (its last
  // word after different words), "Puget Sound" and "Sound Transit" (the last word of one, the first of
  // the other). A use with no name around it ("Trump") meets any.
  const sameName = (k: string) => {
    const around = new Set(all.map((t) => t.get(k)!).filter((u) => u.namePrev !== null || u.nameNext !== null).map((u) => `${u.namePrev ?? ''}|${u.nameNext ?? ''}`));
    return around.size <= 1;
  };
  const shared = [...first!.keys()].filter((k) => !own.has(k) && rest.every((t) => t.has(k)) && sameName(k));
  // A name all of them share counts once, by its last word ("Dell Street" → street).
  const heads = shared.filter((k) => !all.every((t) => { const n = t.get(k)!.nameNext; return n !== null && n === first!.get(k)!.nameNext && shared.includes(n); }));
  if (heads.length !== 1) return shared;
  const uses = all.map((t) => t.get(heads[0]!)!);
  if (uses.some((u) => u.place || u.kicker)) return [];
  // A name shared is a subject, whatever each story says of it ("the Northline budget", "the
  // Northline auditor").
  if (uses.some((u) => u.name)) return shared;
  // A lone common word ("opens", "overnight") is a subject when the article's own headline has it, or
  // when every story writes it after the same word, even the page's own: "port authority" on a page
  // about a port strike is a two-word subject, both words counted; in Title Case headlines, where no
  // capital tells a name, also when three of them or more share it.
  const head = heads[0]!;
  const before = [...first!.keys()].find((k) => k !== head && all.every((x) => x.get(k)?.next === head));
  if (before !== undefined) return own.has(before) ? [before, ...shared] : shared;
  return subject.has(head) || (members.length >= 3 && uses.every((u) => u.weight === TITLE_CASE)) ? shared : [];
}

function surfaceFor(key: string, members: number[], terms: Map<string, Term>[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const s = terms[m].get(key)?.surface;
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // The most used spelling; capitalised first ("Putin" over "putin"), then alphabetical for ties.
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || Number(isCapitalized(b[0])) - Number(isCapitalized(a[0])) || a[0].localeCompare(b[0]));
  const word = best?.[0] ?? key;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The page's own title read two ways: a short heading or a hashtag ("Environment", "Latest news with
 * #Harbor") is the page's tag, which never makes a topic; an article's headline names its subject,
 * which a single shared common word must be part of to make one.
 */
function titleWords(title: string | null | undefined, stop: Set<string>): { heading: Set<string>; subject: Set<string> } {
  const keys = new Set(tokensOf(title ?? '', stop).map((t) => t.key));
  const isHeading = keys.size <= HEADING_WORDS || /#\p{L}/u.test(title ?? '');
  return isHeading ? { heading: keys, subject: new Set() } : { heading: new Set(), subject: keys };
}

/**
 * The story sets that may seed a topic: each word's stories, whole and split by how each uses it:
 * alone or going on into a longer name ("Pinecrest", "Pinecrest Pirates"), as a subject or as where
 * it happened ("ferry riders", "near Bainbridge ferry terminal").
 */
function seedsOf(firstSeen: Map<string, number>, postings: Map<string, number[]>, terms: Map<string, Term>[], own: Set<string>): number[][] {
  const seeds: number[][] = [];
  for (const key of firstSeen.keys()) {
    const list = postings.get(key)!;
    if (own.has(key) || list.length < 2) continue;
    const parts = new Map<string, number[]>();
    for (const i of list) {
      const use = terms[i]!.get(key)!;
      const how = `${use.nameNext ?? ''}|${use.place}`;
      (parts.get(how) ?? parts.set(how, []).get(how)!).push(i);
    }
    seeds.push(list);
    if (parts.size > 1) for (const part of parts.values()) if (part.length >= 2) seeds.push(part);
  }
  return seeds;
}

function groupByTopic(stories: Story[], lang: string | null | undefined, url: string | null | undefined, title: string | null | undefined): RelatedGroup[] {
  const language = stopWordsFor(lang) ? lang!.toLowerCase().slice(0, 2) : detectLang(stories);
  const stop = new Set([...(stopWordsFor('en') ?? []), ...(stopWordsFor(language) ?? [])]);
  const terms = storyTerms(stories, stop, placePrepositions(language), leadsWithComma(language));
  const { heading, subject } = titleWords(title, stop);
  const own = pageOwnKeys(terms, url, heading);
  // First appearance of each term, for deterministic ties and label order.
  const firstSeen = new Map<string, number>();
  terms.forEach((t, i) => t.forEach((_, key) => firstSeen.has(key) || firstSeen.set(key, i * 1000 + firstSeen.size)));

  // The stories using each term; only terms used by two or more can seed a topic.
  const postings = new Map<string, number[]>();
  terms.forEach((t, i) => t.forEach((_, key) => (postings.get(key) ?? postings.set(key, []).get(key)!).push(i)));
  const seeds = seedsOf(firstSeen, postings, terms, own);

  const remaining = new Set(stories.map((_, i) => i));
  const groups: RelatedGroup[] = [];
  for (;;) {
    let best: { score: number; seed: number[]; joined: number[]; shared: string[] } | null = null;
    for (const candidate of seeds) {
      const seed = candidate.filter((i) => remaining.has(i));
      if (seed.length < 2) continue;
      const shared = sharedSubject(seed, terms, own, subject);
      let score = 0;
      for (const k of shared) score += Math.min(...seed.map((m) => terms[m].get(k)!.weight)) * seed.length;
      if (score < MIN_TOPIC_SCORE) continue;
      // A story joins when it shares a subject with one of the seed's stories that includes the
      // seed's own subject; compared with the seed only, so a topic does not drift from story to story.
      const joined: number[] = [];
      for (const r of remaining) {
        if (seed.includes(r)) continue;
        let a = 0;
        for (const m of seed) {
          // Most stories hold none of the seed's words: two lookups rule them out before the whole comparison.
          if (!shared.some((k) => terms[r]!.has(k) && terms[m]!.has(k))) continue;
          const pair = sharedSubject([r, m], terms, own, subject);
          if (!pair.some((k) => shared.includes(k))) continue;
          a = Math.max(a, pair.reduce((n, k) => n + Math.min(terms[r].get(k)!.weight, terms[m].get(k)!.weight), 0));
        }
        if (a >= MIN_AFFINITY) {
          joined.push(r);
          score += a;
        }
      }
      if (!best || score > best.score) best = { score, seed, joined, shared };
    }
    if (!best) break;
    const { seed, joined, shared } = best;
    for (const m of [...seed, ...joined]) remaining.delete(m);
    const members = [...seed, ...joined].sort((a, b) => a - b);
    const weightOf = (k: string) => seed.reduce((n, m) => n + terms[m].get(k)!.weight, 0);
    const labelKeys = shared
      .sort((a, b) => weightOf(b) - weightOf(a) || firstSeen.get(a)! - firstSeen.get(b)!)
      .slice(0, 3)
      .sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
    // A name's last word is shown with the word it follows in every story, even the page's own
    // ("Harwick High" on Harwick's page, not "High").
    const labelOf = (k: string) => {
      const prev = terms[seed[0]!]!.get(k)!.namePrev;
      const whole = prev !== null && !labelKeys.includes(prev) && seed.every((m) => terms[m]!.get(k)!.namePrev === prev);
      return whole ? `${surfaceFor(prev, seed, terms)} ${surfaceFor(k, seed, terms)}` : surfaceFor(k, seed, terms);
    };
    groups.push({ label: labelKeys.map(labelOf).join(' · '), stories: members.map((m) => stories[m]) });
  }
  const rest = [...remaining].sort((a, b) => a - b).map((i) => stories[i]);
  if (rest.length) groups.push({ label: groups.length ? OTHER_STORIES : ALL_STORIES, stories: rest });
  return groups;
}

function groupBySource(stories: Story[]): RelatedGroup[] {
  const groups = new Map<string, RelatedGroup & { first: number }>();
  const unknown: Story[] = [];
  stories.forEach((s, i) => {
    const name = s.source?.trim();
    if (!name) {
      unknown.push(s);
      return;
    }
    const key = foldKey(name);
    const g = groups.get(key);
    if (g) g.stories.push(s);
    else groups.set(key, { label: name, stories: [s], first: i });
  });
  const out: RelatedGroup[] = [...groups.values()]
    .sort((a, b) => b.stories.length - a.stories.length || a.first - b.first)
    .map(({ label, stories: list }) => ({ label, stories: list }));
  if (unknown.length) out.push({ label: OTHER_SOURCES, stories: unknown });
  return out;
}

function groupByTime(stories: Story[], now: number, offsetMinutes: number): RelatedGroup[] {
  const offset = offsetMinutes * 60_000;
  const dayNumber = (ms: number) => Math.floor((ms + offset) / DAY);
  const today = dayNumber(now);
  const buckets = new Map<string, { story: Story; t: number }[]>(TIME_LABELS.map((l) => [l, []]));
  for (const story of stories) {
    const t = story.publishedTime ? Date.parse(story.publishedTime) : NaN;
    let label: (typeof TIME_LABELS)[number];
    if (Number.isNaN(t)) label = 'Undated';
    else if (now - t <= HOUR) label = 'Last hour';
    else if (dayNumber(t) === today) label = 'Today';
    else if (dayNumber(t) === today - 1) label = 'Yesterday';
    else if (now - t < 7 * DAY) label = 'This week';
    else label = 'Older';
    buckets.get(label)!.push({ story, t });
  }
  const out: RelatedGroup[] = [];
  for (const label of TIME_LABELS) {
    const list = buckets.get(label)!;
    if (!list.length) continue;
    // Newest first; undated ones keep the page's order (sort is stable).
    list.sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? 0 : b.t - a.t));
    out.push({ label, stories: list.map((x) => x.story) });
  }
  return out;
}

export function groupStories(stories: Story[], by: 'topic' | 'source' | 'time', opts: GroupOptions): RelatedGroup[] {
  if (stories.length === 0) return [];
  switch (by) {
    case 'source':
      return groupBySource(stories);
    case 'time':
      return groupByTime(stories, opts.now, opts.utcOffsetMinutes ?? 0);
    case 'topic':
    default:
      return groupByTopic(stories, opts.lang, opts.url, opts.title);
  }
}
