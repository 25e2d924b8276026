import type { GroupBy, PageResult } from '../utils/types';
import { RelatedStories } from './RelatedStories';
import { t } from './i18n';
import { noArticleText } from './no-article-text';

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
      <h1 class="state-title">{listing ? (result.title ?? t('none_listingTitle')) : t('none_title')}</h1>
      <p>
        {listing ? t('none_listingText') : noArticleText(result)}
      </p>
      {onShowAnyway ? (
        <button type="button" class="button" onClick={onShowAnyway}>{t('none_showAnyway')}</button>
      ) : (
        <p class="muted">{t('none_nothingReadable')}</p>
      )}
      {listing && <RelatedStories related={result.related} groupBy={groupBy} onGroupByChange={onGroupByChange} heading={t('none_storiesHeading')} />}
    </div>
  );
}
