// Why a page has no article, in the interface's language: the pipeline's cause (utils/types.ts)
// worded by the catalogue, its figures in local digits. An error's own message stays as it came.
import type { NoArticleCause, PageResult } from '../utils/types';
import { formatNumber, t } from './i18n';

export function causeText(cause: NoArticleCause): string {
  switch (cause.code) {
    case 'no-article':
      return t('reason_noArticle');
    case 'not-html':
      return t('reason_notHtml');
    case 'no-body':
      return t('reason_noBody');
    case 'no-text':
      return t('reason_noText');
    case 'too-large':
      return t('reason_tooLarge', formatNumber(cause.elements), formatNumber(cause.limit));
    case 'too-deep':
      return t('reason_tooDeep', formatNumber(cause.depth), formatNumber(cause.limit));
    case 'over-budget':
      return t('reason_overBudget', cause.stage, formatNumber(cause.ms), formatNumber(cause.budgetMs));
    case 'failed':
      return t('reason_failed', cause.message);
  }
}

/** The sentence under "No article found": the cause's, else a general one. */
export function noArticleText(result: PageResult): string {
  return result.cause ? causeText(result.cause) : t('none_text');
}
