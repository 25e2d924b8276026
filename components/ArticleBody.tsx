import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/types';
import { sanitizeArticleHtml } from './sanitize';
import { articleDir } from './format';
import { afterNextPaint, splitFirstScreen } from './progressive-render';

interface Props {
  article: Article;
  titleId: string;
}

/** Performance marks the browser tests read: the first screen painted, and every block in place. */
export const FIRST_SCREEN_MARK = 'cnr:first-screen';
/** Where the time to the first screen goes: the body's turn to render, and its first blocks inserted. */
const BODY_START_MARK = 'cnr:body-start';
const BODY_INSERTED_MARK = 'cnr:body-inserted';
export const ALL_BLOCKS_MARK = 'cnr:all-blocks';

/**
 * The only <article> on the page: it holds the article text and nothing else. A long article
 * shows its first screen first and the rest after that frame is painted.
 */
export function ArticleBody({ article, titleId }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    performance.mark(BODY_START_MARK);
    const [first, rest] = splitFirstScreen(article.contentHtml) ?? [article.contentHtml, null];
    delete el.dataset.complete;
    el.replaceChildren(sanitizeArticleHtml(first));
    performance.mark(BODY_INSERTED_MARK);
    return afterNextPaint(() => {
      performance.mark(FIRST_SCREEN_MARK);
      if (rest !== null) el.append(sanitizeArticleHtml(rest));
      el.dataset.complete = '';
      afterNextPaint(() => performance.mark(ALL_BLOCKS_MARK));
    });
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
