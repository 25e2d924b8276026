// Lints the word lists the way catalog.test.ts lints the filter packs: every language folder has the same
// files, every list is free of duplicates and written in the form its reader compares it in.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldKey, foldWord, squashWithZeroWidth } from '../../utils/kit/text';
import { LEXICONS } from '../../utils/lexicon';
import type { Lexicon, TimeUnit } from '../../utils/lexicon/types';

const dir = join(fileURLToPath(import.meta.url), '..', '..', '..', 'utils', 'lexicon');
const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort();
const FILES = ['actions.ts', 'byline.ts', 'index.ts', 'labels.ts', 'prose-words.ts', 'stop-words.ts', 'time.ts'];

/** Every list of a lexicon with a name for messages, and the form its reader folds text to. */
function lists(lang: string, l: Lexicon): { name: string; words: string[]; form: (w: string) => string }[] {
  const asWritten = (w: string) => w.toLowerCase();
  const timeForm = (w: string) => squashWithZeroWidth(foldWord(w));
  const t = l.time;
  return [
    { name: 'stopWords', words: l.stopWords, form: foldWord },
    { name: 'labels.sponsored', words: l.labels.sponsored, form: foldKey },
    { name: 'labels.sponsoredLead', words: l.labels.sponsoredLead, form: asWritten },
    { name: 'labels.sponsoredBy', words: l.labels.sponsoredBy, form: asWritten },
    { name: 'labels.related', words: l.labels.related, form: foldKey },
    { name: 'labels.reading', words: l.labels.reading, form: foldKey },
    { name: 'actions.listLinks', words: l.actions.listLinks, form: asWritten },
    { name: 'actions.cardLinks', words: l.actions.cardLinks, form: asWritten },
    { name: 'actions.notSources', words: l.actions.notSources, form: asWritten },
    ...Object.entries(t.units).map(([unit, words]) => ({ name: `time.units.${unit}`, words, form: timeForm })),
    { name: 'time.one', words: t.one, form: timeForm },
    { name: 'time.agoBefore', words: t.agoBefore, form: timeForm },
    { name: 'time.agoAfter', words: t.agoAfter, form: timeForm },
    { name: 'time.now', words: t.now, form: timeForm },
    { name: 'time.yesterday', words: t.yesterday, form: timeForm },
    { name: 'time.yesterdayAt', words: t.yesterdayAt, form: timeForm },
    { name: 'time.clockAt', words: t.clockAt, form: timeForm },
    ...t.months.map((words, i) => ({ name: `time.months[${i}]`, words, form: timeForm })),
    { name: 'time.labels', words: t.labels, form: asWritten },
    { name: 'byline.prefixes', words: l.byline.prefixes, form: asWritten },
    { name: 'byline.roles', words: l.byline.roles, form: asWritten },
    { name: 'byline.rowWords', words: l.byline.rowWords, form: asWritten },
    { name: 'byline.rowUnits', words: l.byline.rowUnits, form: asWritten },
    { name: 'byline.rowMonths', words: l.byline.rowMonths, form: asWritten },
    { name: 'byline.rowJoiners', words: l.byline.rowJoiners, form: asWritten },
    { name: 'byline.credits', words: l.byline.credits ?? [], form: asWritten },
    { name: 'byline.creditLinks', words: l.byline.creditLinks ?? [], form: asWritten },
    { name: 'byline.publicationJoiners', words: l.byline.publicationJoiners ?? [], form: asWritten },
    { name: 'proseWords', words: l.proseWords, form: asWritten },
  ].map((x) => ({ ...x, name: `${lang} ${x.name}` }));
}

describe('lexicon', () => {
  it('has one folder per language, each with the same files, and each folder listed once', () => {
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders) expect(readdirSync(join(dir, f)).sort(), f).toEqual(FILES);
    expect(Object.keys(LEXICONS).sort()).toEqual(folders);
    for (const f of folders) expect(f).toMatch(/^[a-z]{2}$/);
  });

  it('lists every word once, trimmed, single-spaced and in the form its reader compares', () => {
    for (const [lang, lexicon] of Object.entries(LEXICONS)) {
      for (const { name, words, form } of lists(lang, lexicon)) {
        expect(new Set(words).size, `${name} has a duplicate`).toBe(words.length);
        for (const w of words) {
          expect(w, name).toMatch(/^\S(?:.*\S)?$/u);
          expect(w, name).not.toMatch(/\s{2}/);
          expect(form(w), `${name}: "${w}" is read as "${form(w)}"`).toBe(w);
        }
      }
    }
  });

  it('gives month names as twelve lists or none', () => {
    for (const [lang, { time }] of Object.entries(LEXICONS)) expect([0, 12], lang).toContain(time.months.length);
  });

  it('gives no unit word two meanings, in any two languages', () => {
    const unitOf = new Map<string, TimeUnit>();
    for (const [lang, { time }] of Object.entries(LEXICONS)) {
      for (const [unit, words] of Object.entries(time.units) as [TimeUnit, string[]][]) {
        for (const w of words) {
          expect(unitOf.get(w) ?? unit, `${lang} "${w}"`).toBe(unit);
          unitOf.set(w, unit);
        }
      }
    }
  });
});
