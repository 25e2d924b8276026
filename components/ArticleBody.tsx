import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/types';
import { sanitizeArticleHtml } from './sanitize';
import { articleDir } from './format';

interface Props {
  article: Article;
  titleId: string;
}

/** The only <article> on the page: it holds the article text and nothing else. */
export function ArticleBody({ article, titleId }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(sanitizeArticleHtml(article.contentHtml));
  }, [article.contentHtml]);
  return (
    <article
      ref={ref}
      class="article-body"
      aria-labelledby={titleId}
      lang={article.lang ?? undefined}
      dir={articleDir(article)}
    />
  );
}
