import type { GroupBy, PageResult } from '../utils/types';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody } from './ArticleBody';
import { RelatedStories } from './RelatedStories';
import { articleDir } from './format';
import { RemovalMarks } from './RemovalMarks';

interface Props {
  result: PageResult;
  groupBy: GroupBy;
  onGroupByChange: (g: GroupBy) => void;
}

const TITLE_ID = 'article-title';

export function ArticleView({ result, groupBy, onGroupByChange }: Props) {
  if (!result.article) return null;
  return (
    <div class="article-view" lang={result.article.lang ?? undefined} dir={articleDir(result.article)}>
      <ArticleHeader article={result.article} titleId={TITLE_ID} />
      <ArticleBody article={result.article} titleId={TITLE_ID} />
      <RemovalMarks marks={result.marks} />
      <RelatedStories related={result.related} groupBy={groupBy} onGroupByChange={onGroupByChange} />
    </div>
  );
}
