import type { GroupBy, PageResult } from '../utils/types';
import { RelatedStories } from './RelatedStories';

interface Props {
  result: PageResult;
  groupBy: GroupBy;
  onGroupByChange: (g: GroupBy) => void;
  /** Re-extract with every filter off; absent once that was tried. */
  onShowAnyway?: () => void;
}

export function NoArticle({ result, groupBy, onGroupByChange, onShowAnyway }: Props) {
  const listing = result.kind === 'listing';
  return (
    <div class="state state-none">
      <h1 class="state-title">{listing ? (result.title ?? 'A page of stories') : 'No article found'}</h1>
      <p>
        {listing
          ? 'This page lists stories rather than telling one. Pick a story below to open it, then read it clean.'
          : (result.reason ?? 'This page does not seem to hold an article.')}
      </p>
      {onShowAnyway ? (
        <button type="button" class="button" onClick={onShowAnyway}>Show anyway</button>
      ) : (
        <p class="muted">Even with every filter off, nothing readable was found.</p>
      )}
      {listing && <RelatedStories related={result.related} groupBy={groupBy} onGroupByChange={onGroupByChange} heading="Stories on this page" />}
    </div>
  );
}
