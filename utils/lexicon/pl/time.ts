// Polish words of a story's age and date ("2 hours ago", "yesterday at 10:30", "12 March").
import type { TimeWords } from '../types';

export const time: TimeWords = {
  units: {
    second: [],
    minute: [],
    hour: [],
    day: [],
    week: [],
    month: [],
    year: [],
  },
  one: [],
  agoBefore: [],
  agoAfter: [],
  now: [],
  yesterday: [],
  yesterdayAt: [],
  clockAt: [],
  months: [],
  labels: [],
};
