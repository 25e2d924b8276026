import type { GroupBy, Related } from '../utils/types';
import { StoryItem } from './StoryItem';

interface Props {
  related: Related;
  groupBy: GroupBy;
  onGroupByChange: (groupBy: GroupBy) => void;
  now?: number;
  heading?: string;
}

const GROUP_LABELS: Record<GroupBy, string> = { topic: 'Topic', source: 'Source', time: 'Time' };

export function RelatedStories({ related, groupBy, onGroupByChange, now = Date.now(), heading = 'Related stories' }: Props) {
  const total = related.groups.reduce((n, g) => n + g.stories.length, 0);
  if (total === 0) return null;
  return (
    <section class="related" aria-labelledby="related-title">
      <div class="related-head">
        <h2 id="related-title" class="panel-title">{heading} <span class="muted">({total})</span></h2>
        <label class="field inline">
          <span>Group by</span>
          <select value={groupBy} onChange={(e) => onGroupByChange((e.currentTarget as HTMLSelectElement).value as GroupBy)}>
            {(Object.keys(GROUP_LABELS) as GroupBy[]).map((g) => <option key={g} value={g}>{GROUP_LABELS[g]}</option>)}
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
            <span class="group-label">{group.label}</span> <span class="muted">({group.stories.length})</span>
          </summary>
          <ul class="story-list">
            {group.stories.map((s) => <StoryItem key={s.url} story={s} now={now} />)}
          </ul>
        </details>
      ))}
    </section>
  );
}
