// Why a page has no article, in English: the CLI and the JSON output print it. The view words the
// same cause in the interface's language (components/no-article-text.ts, messages reason_*), whose
// English messages repeat these sentences (tests/i18n/reason-codes.test.ts keeps them equal).
import type { NoArticleCause } from './types';

export function reasonInEnglish(cause: NoArticleCause): string {
  switch (cause.code) {
    case 'no-article':
      return 'No article found on this page.';
    case 'not-html':
      return 'This is not an HTML page.';
    case 'no-body':
      return 'This page has no body.';
    case 'no-text':
      return 'This page has no text.';
    case 'too-large':
      return `This page is too large to read cleanly (${cause.elements} elements; the limit is ${cause.limit}).`;
    case 'too-deep':
      return `This page is nested too deeply to read cleanly (${cause.depth} levels; the limit is ${cause.limit}).`;
    case 'over-budget':
      return `Reading this page took too long: its ${cause.stage} stage took ${cause.ms} ms (the budget is ${cause.budgetMs} ms).`;
    case 'failed':
      return `Could not read this page: ${cause.message}`;
  }
}
