import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/types';
import { sanitizeArticleHtml } from './sanitize';
import { textDir } from './format';
import { afterNextPaint, splitFirstScreen } from './progressive-render';

interface Props {
  article: Article;
  titleId: string;
}

/** Performance marks the browser tests read: the first screen painted, and every block in place. */
export const FIRST_SCREEN_MARK = 'cnr:first-screen';
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
    const fragment = sanitizeArticleHtml(article.contentHtml);
    const { container, rest } = splitFirstScreen(fragment);
    delete el.dataset.complete;
    el.replaceChildren(fragment);
    // The wrapper the blocks sit in, now in the page (or the article itself when there is none).
    const target = container === fragment ? el : (container as Node as Element);
    return afterNextPaint(() => {
      performance.mark(FIRST_SCREEN_MARK);
      target.append(...rest);
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
      dir={textDir(article.dir)}
    />
  );
}
