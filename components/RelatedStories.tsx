import type { GroupBy, Related } from '../utils/types';
import { StoryItem } from './StoryItem';
import { formatNumber, t, uiText, type MessageKey } from './i18n';
import { groupLabel } from './group-label';

interface Props {
  related: Related;
  groupBy: GroupBy;
  onGroupByChange: (groupBy: GroupBy) => void;
  now?: number;
  heading?: string;
}

const GROUP_LABELS: Record<GroupBy, MessageKey> = { topic: 'related_byTopic', source: 'related_bySource', time: 'related_byTime' };

export function RelatedStories({ related, groupBy, onGroupByChange, now = Date.now(), heading = t('related_heading') }: Props) {
  const total = related.groups.reduce((n, g) => n + g.stories.length, 0);
  if (total === 0) return null;
  return (
    <section class="related" aria-labelledby="related-title">
      <div class="related-head">
        <h2 id="related-title" class="panel-title" {...uiText()}>{heading} <span class="muted">({formatNumber(total)})</span></h2>
        <label class="field inline" {...uiText()}>
          <span>{t('related_groupBy')}</span>
          <select value={groupBy} onChange={(e) => onGroupByChange((e.currentTarget as HTMLSelectElement).value as GroupBy)}>
            {(Object.keys(GROUP_LABELS) as GroupBy[]).map((g) => <option key={g} value={g}>{t(GROUP_LABELS[g])}</option>)}
          </select>
        </label>
      </div>
      {related.groups.length === 1 ? (
        // One group would only repeat the heading above it: its stories are the list.
        <ul class="story-list">
          {related.groups[0]!.stories.map((s) => <StoryItem key={s.url} story={s} now={now} />)}
        </ul>
      ) : related.groups.map((group, i) => (
        <details key={`${groupBy}-${group.label}-${i}`} class="story-group" open>
          <summary>
            <span class="group-label">{groupLabel(group.label)}</span> <span class="muted">({formatNumber(group.stories.length)})</span>
          </summary>
          <ul class="story-list">
            {group.stories.map((s) => <StoryItem key={s.url} story={s} now={now} />)}
          </ul>
        </details>
      ))}
    </section>
  );
}
