// Every word list the pipeline reads, one folder per language (see types.ts for what each holds).
// Adding a language: copy a folder, fill in its words, and add one line to LEXICONS.
import { ar } from './ar';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import { vi } from './vi';
import { zh } from './zh';
import type { Lexicon } from './types';

/** The languages we read, by code, in the order their words are tried (English first). */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, de, es, it, pt, nl, id, ru, ms, sv, da, pl, ar, hi, ja, ko, zh, tr, vi };

/** One concern's words in every language together, for texts whose language is not known. */
export function wordsOfAllLanguages(pick: (lexicon: Lexicon) => string[]): string[] {
  return Object.values(LEXICONS).flatMap(pick);
}

/** A regular-expression alternation of words, in the order given, special characters escaped. */
export function alternation(words: string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
