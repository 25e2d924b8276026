// The pipeline names some related groups in English words of its own (utils/related/group-stories.ts);
// the view shows those in the interface's language. Topic words and publisher names are the page's and stay.
import { ALL_STORIES, OTHER_SOURCES, OTHER_STORIES, TIME_LABELS } from '../utils/related/group-stories';
import { t, type MessageKey } from './i18n';

const MESSAGES: Record<string, MessageKey> = {
  [OTHER_STORIES]: 'related_otherStories',
  [ALL_STORIES]: 'related_heading',
  [OTHER_SOURCES]: 'related_otherSources',
};

const TIME_MESSAGES: Record<(typeof TIME_LABELS)[number], MessageKey> = {
  'Last hour': 'related_lastHour',
  Today: 'related_today',
  Yesterday: 'related_yesterday',
  'This week': 'related_thisWeek',
  Older: 'related_older',
  Undated: 'related_undated',
};

export function groupLabel(label: string): string {
  const key = MESSAGES[label] ?? (TIME_MESSAGES as Record<string, MessageKey>)[label];
  return key ? t(key) : label;
}
