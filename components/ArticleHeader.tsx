import { shownLeadImage } from '../utils/lead-image';
import type { Article } from '../utils/types';
import { articleDir, formatDate, formatReadingTime } from './format';
import { t, uiLang, uiText } from './i18n';

interface Props {
  article: Article;
  /** id the <article> is labelled by. */
  titleId: string;
}

export function ArticleHeader({ article, titleId }: Props) {
  const date = formatDate(article.publishedTime, uiLang());
  const via = article.siteName && article.siteName !== article.source ? article.siteName : null;
  const lead = shownLeadImage(article);
  return (
    <header class="article-header" lang={article.lang ?? undefined} dir={articleDir(article)}>
      {(article.source || via) && (
        <p class="article-source">
          {article.source && <span class="article-publisher">{article.source}</span>}
          {article.source && via && ' '}
          {via && <span class="article-via" {...uiText()}>{t('header_via', via)}</span>}
        </p>
      )}
      <h1 id={titleId} class="article-title">{article.title}</h1>
      <p class="article-meta">
        {article.byline && <span class="article-byline" {...uiText()}>{t('header_byline', article.byline)}</span>}
        {date && <time dateTime={article.publishedTime ?? undefined} {...uiText()}>{date}</time>}
        {article.readingMinutes > 0 && <span class="article-reading-time" {...uiText()}>{formatReadingTime(article.readingMinutes)}</span>}
      </p>
      {lead && (
        <img
          class="article-lead"
          src={lead}
          alt=""
          referrerpolicy="no-referrer"
          decoding="async"
          // A dead image link would leave an empty box above the text.
          onError={(e) => ((e.currentTarget as HTMLImageElement).hidden = true)}
        />
      )}
    </header>
  );
}
