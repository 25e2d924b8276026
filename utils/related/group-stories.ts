// Groups related stories for display: by topic (shared names and subjects in their headlines), by
// publisher, or by age. Deterministic and offline: the same stories always give the same groups.

import type { RelatedGroup, Story } from '../types';
import { foldKey, foldWord } from '../kit/text';
import { STOP_WORD_LANGS, stopWordsFor } from './stop-words';

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
// A story joins a topic when it shares a subject word with one of the stories that formed it.
const MIN_AFFINITY = 2;

interface Term {
  key: string;
  surface: string;
  weight: number;
}


/** Light stemming: plural and possessive endings, so "talks" meets "talk" and "Putin's" meets "Putin". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

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

interface Token {
  word: string;
  key: string;
  index: number;
  /** Separated from the previous raw token by spaces only (no comma, colon or dash). */
  joined: boolean;
}

function tokensOf(title: string, stop: Set<string>): Token[] {
  const out: Token[] = [];
  let index = 0;
  let prevEnd = -1;
  for (const m of title.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const joined = prevEnd >= 0 && /^\s+$/.test(title.slice(prevEnd, start));
    prevEnd = start + raw.length;
    const i = index++;
    // French and Italian elision ("l'Ukraine", "dell'Italia") and English possessives ("Putin's").
    const word = raw.replace(/^(?:[cdjlmnst]|qu|dell|nell|all|sull)['’]/i, '').replace(/['’]s$/i, '');
    const folded = foldWord(word);
    if (!folded || stop.has(folded) || stop.has(foldWord(raw)) || /^\d+$/.test(folded)) continue;
    const acronym = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
    if (folded.length < 3 && !acronym) continue;
    out.push({ word, key: stem(folded), index: i, joined });
  }
  return out;
}

/** Each story's salient terms with weights: names count more than common words. */
function storyTerms(stories: Story[], stop: Set<string>): Map<string, Term>[] {
  const tokenLists = stories.map((s) => tokensOf(s.title, stop));
  // Headlines In Title Case capitalise every word, so a capital says nothing there.
  const titleCased = tokenLists.map((tokens) => tokens.length >= 3 && tokens.filter((t) => isCapitalized(t.word)).length / tokens.length >= 0.8);
  // Words written with a capital inside some sentence-case headline are names wherever they appear, even first.
  const names = new Set<string>();
  tokenLists.forEach((tokens, i) => {
    if (!titleCased[i]) for (const t of tokens) if (t.index > 0 && isCapitalized(t.word)) names.add(t.key);
  });

  return tokenLists.map((tokens, i) => {
    const titleCase = titleCased[i];
    const terms = new Map<string, Term>();
    tokens.forEach((t, n) => {
      const next = tokens[n + 1];
      // Inside a multi-word name ("Leeds Bradford Airport", "Donald Trump") only the last word is
      // the name's head; "Bradford" there is weak evidence of a story about Bradford.
      const inName = !titleCase && next !== undefined && next.joined && next.index === t.index + 1 &&
        isCapitalized(t.word) && isCapitalized(next.word);
      const acronym = t.word.length >= 2 && t.word === t.word.toUpperCase() && /\p{Lu}/u.test(t.word);
      let weight = ORDINARY;
      if (inName) weight = NAME_PART;
      else if (names.has(t.key) || acronym) weight = PROPER;
      else if (titleCase) weight = TITLE_CASE;
      else if (t.index > 0 && isCapitalized(t.word)) weight = PROPER;
      const prev = terms.get(t.key);
      if (!prev || prev.weight < weight) terms.set(t.key, { key: t.key, surface: t.word, weight });
    });
    return terms;
  });
}

function affinity(a: Map<string, Term>, b: Map<string, Term>): number {
  let score = 0;
  a.forEach((term, key) => {
    const other = b.get(key);
    if (other) score += Math.min(term.weight, other.weight);
  });
  return score;
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

function groupByTopic(stories: Story[], lang: string | null | undefined): RelatedGroup[] {
  const language = stopWordsFor(lang) ? lang!.toLowerCase().slice(0, 2) : detectLang(stories);
  const stop = new Set([...(stopWordsFor('en') ?? []), ...(stopWordsFor(language) ?? [])]);
  const terms = storyTerms(stories, stop);
  // First appearance of each term, for deterministic ties and label order.
  const firstSeen = new Map<string, number>();
  terms.forEach((t, i) => t.forEach((_, key) => firstSeen.has(key) || firstSeen.set(key, i * 1000 + firstSeen.size)));

  // The stories using each term; only terms used by two or more can seed a topic.
  const postings = new Map<string, number[]>();
  terms.forEach((t, i) => t.forEach((_, key) => (postings.get(key) ?? postings.set(key, []).get(key)!).push(i)));
  const seedKeys = [...firstSeen.keys()].filter((key) => postings.get(key)!.length >= 2);

  const remaining = new Set(stories.map((_, i) => i));
  const groups: RelatedGroup[] = [];
  for (;;) {
    let best: { score: number; seed: number[]; joined: number[]; shared: string[] } | null = null;
    for (const key of seedKeys) {
      const seed = postings.get(key)!.filter((i) => remaining.has(i));
      if (seed.length < 2) continue;
      const shared = [...terms[seed[0]].keys()].filter((k) => seed.every((m) => terms[m].has(k)));
      let score = 0;
      for (const k of shared) score += Math.min(...seed.map((m) => terms[m].get(k)!.weight)) * seed.length;
      if (score < MIN_TOPIC_SCORE) continue;
      // Stories close to one of the seed's stories join it; compared with the seed only, so a topic
      // does not drift from story to story.
      const joined: number[] = [];
      for (const r of remaining) {
        if (seed.includes(r)) continue;
        let a = 0;
        for (const m of seed) a = Math.max(a, affinity(terms[r], terms[m]));
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
    groups.push({ label: labelKeys.map((k) => surfaceFor(k, seed, terms)).join(' · '), stories: members.map((m) => stories[m]) });
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
      return groupByTopic(stories, opts.lang);
  }
}
