// English words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: ['s', 'sec', 'secs', 'second', 'seconds'],
    minute: ['m', 'min', 'mins', 'minute', 'minutes'],
    hour: ['h', 'hr', 'hrs', 'hour', 'hours'],
    day: ['d', 'day', 'days'],
    week: ['w', 'wk', 'wks', 'week', 'weeks'],
    month: ['mo', 'mos', 'mth', 'mths', 'month', 'months'],
    year: ['y', 'yr', 'yrs', 'year', 'years'],
  },
  one: ['a', 'an', 'one'],
  agoBefore: [],
  agoAfter: ['ago'],
  now: [
    'just now', 'now', 'moment ago', 'moments ago', 'a moment ago', 'seconds ago', 'a few seconds ago',
    'today',
  ],
  yesterday: ['yesterday'],
  yesterdayAt: ['at'],
  clockAt: ['at'],
  months: [
    ['january'],
    ['february'],
    ['march'],
    ['april'],
    ['may'],
    ['june'],
    ['july'],
    ['august'],
    ['september'],
    ['october'],
    ['november'],
    ['december'],
  ],
  labels: [
    'time', 'date', 'updated', 'last updated', 'update', 'published', 'posted', 'modified', 'created',
  ],
};
