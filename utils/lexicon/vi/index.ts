// Vietnamese.
import type { Lexicon } from '../types';
import { actions } from './actions';
import { byline } from './byline';
import { labels } from './labels';
import { stopWords } from './stop-words';
import { proseWords } from './prose-words';
import { time } from './time';

export const vi: Lexicon = { stopWords, labels, actions, time, byline, proseWords };
