// Story cards show their age as people write it ("2 hours ago", "5h", "Sep 12", "vor 3 Stunden").
// This turns those texts into ISO timestamps relative to the extraction time, in UTC (a card never says
// its time zone, so calendar dates are read as UTC midnight).

import { foldWord, squashWithZeroWidth } from '../kit/text';
import { alternation, LEXICONS } from '../lexicon';
import type { TimeUnit, TimeWords } from '../lexicon/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The lexicon's words in every language, accent-free and lower case like the text they are matched in.
const TIME = Object.values(LEXICONS).map((l) => l.time);
const words = (pick: (t: TimeWords) => string[]): string[] => TIME.flatMap(pick);

const UNIT_BY_WORD = new Map<string, TimeUnit>();
for (const t of TIME) {
  for (const [unit, unitWords] of Object.entries(t.units) as [TimeUnit, string[]][]) {
    for (const w of unitWords) UNIT_BY_WORD.set(w, unit);
  }
}

// "an hour ago", "il y a une heure", "vor einer Stunde", "hace una hora".
const ONE_WORDS = new Set(words((t) => t.one));

// Words that put the amount in the past, before or after it; they are optional because "5h" means the same.
const AGO_BEFORE = new RegExp(`^(?:${alternation(words((t) => t.agoBefore))})\\s+`);
const AGO_AFTER = new RegExp(`\\s*(?:${alternation(words((t) => t.agoAfter))})$`);

const NOW_WORDS = new RegExp(`^(?:${alternation(words((t) => t.now))})$`);
const YESTERDAY_WORDS = new RegExp(`^(?:${alternation(words((t) => t.yesterday))})(?:\\s+(?:${alternation(words((t) => t.yesterdayAt))})\\s+.*)?$`);

// Each month's spellings in every language; a date's month word is one of them or a prefix of it.
const MONTH_NAMES: string[][] = Array.from({ length: 12 }, (_, i) => TIME.flatMap((t) => t.months[i] ?? []));

function monthFromWord(word: string): number | null {
  const w = word.replace(/\.$/, '');
  if (w.length < 3) return null;
  let found: number | null = null;
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    if (!MONTH_NAMES[i].some((name) => name.startsWith(w))) continue;
    // "jui" could be juin or juillet: an ambiguous abbreviation is no month.
    if (found !== null) return null;
    found = i + 1;
  }
  return found;
}

// Labels are matched in the text as written, before it is folded. Chinese and Japanese pages put a
// full-width colon after them ("发布时间：2025-08-07 10:30").
const LABEL_RE = new RegExp(
  `^(?:${alternation(words((t) => t.labels)).replace(/ /g, '\\s+')})(?:\\s*[:：\\-–—|]\\s*|\\s+|(?=\\d))`,
  'i',
);
const BULLETS = /^[\s•·|\-–—*:,]+|[\s•·|\-–—*:,]+$/g;

/** Strips leading labels ("time", "Updated:", "Published") and bullets: "time2 hours ago" → "2 hours ago". */
export function cleanTimeText(text: string): string {
  let t = text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').replace(BULLETS, '');
  for (let i = 0; i < 3; i++) {
    const next = t.replace(LABEL_RE, '').replace(BULLETS, '');
    if (next === t || next === '') break;
    t = next;
  }
  return t;
}

function subtract(now: number, amount: number, unit: TimeUnit): number {
  switch (unit) {
    case 'second': return now - amount * 1000;
    case 'minute': return now - amount * MINUTE;
    case 'hour': return now - amount * HOUR;
    case 'day': return now - amount * DAY;
    case 'week': return now - amount * 7 * DAY;
    case 'month':
    case 'year': {
      const d = new Date(now);
      const months = unit === 'month' ? amount : amount * 12;
      d.setUTCMonth(d.getUTCMonth() - months);
      return d.getTime();
    }
  }
}

function parseRelative(t: string, now: number): number | null {
  let s = t.replace(AGO_BEFORE, '').replace(AGO_AFTER, '').trim();
  s = s.replace(/\.$/, '');
  // Letters of any script: "3時間", "3 घंटे", "3 ساعات".
  const m = /^(\d+(?:[.,]\d+)?|\p{L}+)\s*(\p{L}[\p{L}\p{M}]*)$/u.exec(s);
  if (!m) return null;
  const amountWord = m[1];
  const unit = UNIT_BY_WORD.get(m[2]);
  if (!unit) return null;
  let amount: number;
  if (/^\d/.test(amountWord)) amount = Number(amountWord.replace(',', '.'));
  else if (ONE_WORDS.has(amountWord)) amount = 1;
  else return null;
  if (!Number.isFinite(amount) || amount < 0 || amount > 5000) return null;
  // Bare one-letter units without a number ("a m") are not ages.
  if (!/^\d/.test(amountWord) && m[2].length === 1) return null;
  return subtract(now, amount, unit);
}

function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** A yearless date is this year's, or last year's when this year's would be more than a day ahead. */
function withYear(month: number, day: number, now: number, hour = 0, minute = 0): number | null {
  const year = new Date(now).getUTCFullYear();
  const thisYear = utcDate(year, month, day, hour, minute);
  if (thisYear !== null && thisYear <= now + DAY) return thisYear;
  return utcDate(year - 1, month, day, hour, minute);
}

// An optional clock time after a date: "Sep 12, 2024, 3:45 PM", "12 Sep 2024 at 15:45", "12.03.2025, 10:30 Uhr".
const CLOCK = String.raw`(?:,?\s*(?:${alternation(words((t) => t.clockAt))}|-)?\s*(\d{1,2})[:h.](\d{2})\s*(am|pm|a\.m\.|p\.m\.|uhr)?)?`;

const YMD = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${CLOCK}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${CLOCK}$`);
// Yearless month/day with a weekday or a clock time, as Japanese portals print it: "3/14(土) 9:30".
const SHORT_NUMERIC = /^(\d{1,2})\/(\d{1,2})(?:\s*\((\S{1,3})\))?(?:\s*(\d{1,2}):(\d{2}))?$/;
// Dates written with CJK unit characters: "2026年3月14日", "3月14日 9:30".
const CJK_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*\(\S{1,3}\))?(?:\s*(\d{1,2}):(\d{2}))?$/;
// A month word is folded to plain letters, save Turkish's dotless ı, which has no accent to drop ("kasım").
const MONTH_DAY = new RegExp(String.raw`^([a-zı]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${CLOCK}$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([a-zı]+\.?)(?:,?\s+(?:de\s+)?(\d{4}))?${CLOCK}$`);

function clock(h?: string, m?: string, ampm?: string): [number, number] | null {
  if (h === undefined || m === undefined) return [0, 0];
  let hour = Number(h);
  const minute = Number(m);
  if (ampm && /^p/.test(ampm) && hour < 12) hour += 12;
  if (ampm && /^a/.test(ampm) && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return [hour, minute];
}

function parseAbsolute(t: string, now: number, dayFirst: boolean): number | null {
  // ISO dates, with or without a time.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) {
    if (iso[4] === undefined) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) === null) return null;
    const ms = Date.parse(t.toUpperCase().replace(' ', 'T') + (iso[7] ? '' : 'Z'));
    return Number.isNaN(ms) ? null : ms;
  }

  // Numeric dates: 12-03-2025, 12/03/2025, 12.03.2025 (dots are always day first), 2025/03/12.
  const ymd = YMD.exec(t);
  if (ymd) {
    const c = clock(ymd[4], ymd[5], ymd[6]);
    return c ? utcDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ...c) : null;
  }
  const num = NUMERIC.exec(t);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    const year = fullYear(num[4]);
    let df = dayFirst || num[2] === '.';
    if (a > 12 && b <= 12) df = true;
    if (b > 12 && a <= 12) df = false;
    const c = clock(num[5], num[6], num[7]);
    if (!c) return null;
    return df ? utcDate(year, b, a, ...c) : utcDate(year, a, b, ...c);
  }

  const short = SHORT_NUMERIC.exec(t);
  if (short && (short[3] !== undefined || short[4] !== undefined)) {
    const a = Number(short[1]);
    const b = Number(short[2]);
    const df = a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : dayFirst;
    const c = clock(short[4], short[5]);
    if (!c) return null;
    return df ? withYear(b, a, now, ...c) : withYear(a, b, now, ...c);
  }
  const cjk = CJK_DATE.exec(t);
  if (cjk) {
    const c = clock(cjk[4], cjk[5]);
    if (!c) return null;
    return cjk[1] ? utcDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]), ...c) : withYear(Number(cjk[2]), Number(cjk[3]), now, ...c);
  }

  // "Sep 12", "Sep 12, 2024", "September 12th 2024", "12 Sep 2024", "12. März 2025", "12 de marzo de 2025".
  const mdy = MONTH_DAY.exec(t);
  if (mdy) {
    const month = monthFromWord(mdy[1]);
    const day = Number(mdy[2]);
    const c = clock(mdy[4], mdy[5], mdy[6]);
    if (month === null || !c) return null;
    return mdy[3] ? utcDate(Number(mdy[3]), month, day, ...c) : withYear(month, day, now, ...c);
  }
  const dmy = DAY_MONTH.exec(t);
  if (dmy) {
    const month = monthFromWord(dmy[2]);
    const day = Number(dmy[1]);
    const c = clock(dmy[4], dmy[5], dmy[6]);
    if (month === null || !c) return null;
    return dmy[3] ? utcDate(Number(dmy[3]), month, day, ...c) : withYear(month, day, now, ...c);
  }
  return null;
}

/**
 * The moment a card's age text stands for, as an ISO string, or null when the text is not a time.
 * `dayFirst` reads 12/03/2025 as 12 March (otherwise December 3) when both orders are possible.
 */
export function parseStoryTime(text: string, now: number, opts: { dayFirst?: boolean } = {}): string | null {
  if (typeof text !== 'string' || !Number.isFinite(now)) return null;
  const cleaned = cleanTimeText(text);
  if (cleaned.length === 0 || cleaned.length > 60) return null;
  const t = squashWithZeroWidth(foldWord(cleaned));

  let ms: number | null = null;
  if (NOW_WORDS.test(t)) ms = now;
  else if (YESTERDAY_WORDS.test(t)) ms = now - DAY;
  else ms = parseRelative(t, now) ?? parseAbsolute(t, now, opts.dayFirst ?? false);

  if (ms === null || !Number.isFinite(ms)) return null;
  return new Date(ms).toISOString();
}

const TRAILING_LABEL = /(?:time|updated|published|posted)$/i;

/**
 * Splits an age off the end of another short text, as cards print it: "Russia Today7 days ago" or
 * "Reuters · 2h" → { before: "Russia Today", timeText: "7 days ago" }. Null when the text does not end
 * with a time. The age must start at a digit or after a separator, so a title ending in "in a week" stays whole.
 */
export function splitTrailingTime(text: string, now: number): { before: string; timeText: string } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 120) return null;
  const starts: number[] = [];
  const re = /\d+|(?<=[•·|–—,]\s*)\p{L}+/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) if (m.index > 0) starts.push(m.index);
  for (const i of starts) {
    const rest = t.slice(i);
    if (parseStoryTime(rest, now) === null) continue;
    let before = t.slice(0, i).replace(/[\s•·|\-–—,:]+$/, '').trim();
    const unlabelled = before.replace(TRAILING_LABEL, '').replace(/[\s•·|\-–—,:]+$/, '').trim();
    if (unlabelled) before = unlabelled;
    if (!before || TRAILING_LABEL.test(before) && before.length <= 9) continue;
    return { before, timeText: cleanTimeText(rest) };
  }
  return null;
}
