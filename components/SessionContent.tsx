import { useEffect, useRef } from 'preact/hooks';
import type { GroupBy } from '../utils/types';
import type { ReaderSession } from './use-reader-session';
import { ArticleView } from './ArticleView';
import { ErrorView } from './ErrorView';
import { Loading } from './Loading';
import { NoAnswer } from './NoAnswer';
import { PageLoadingNote } from './PageLoadingNote';
import { NoArticle } from './NoArticle';
import { Restricted } from './Restricted';

/** Marks the first paint of a result; tests and the bench read it to time the popup. */
export const SHOWN_MARK = 'clear-news-shown';

export function SessionContent({ session }: { session: ReaderSession }) {
  const { view, settings } = session;
  const marked = useRef(false);
  useEffect(() => {
    if (view.status !== 'loading' && !marked.current) {
      marked.current = true;
      performance.mark(SHOWN_MARK, { detail: view.status });
    }
  }, [view.status]);

  const groupBy: GroupBy = settings?.groupBy ?? 'topic';
  const setGroupBy = (g: GroupBy) => settings && session.updateSettings({ ...settings, groupBy: g });

  switch (view.status) {
    case 'loading':
      return <Loading />;
    case 'restricted':
      return <Restricted restriction={view.restriction} />;
    case 'error':
      return <ErrorView message={view.message} onRetry={session.retry} />;
    case 'no-answer':
      return <NoAnswer waitedMs={view.waitedMs} onRetry={session.retry} />;
    case 'ready':
      return (
        <>
          {view.pageLoading && <PageLoadingNote state={view.pageLoading} onRetry={session.retry} />}
          {view.result.kind === 'article' && view.result.article ? (
        <ArticleView result={view.result} groupBy={groupBy} onGroupByChange={setGroupBy} />
      ) : view.result.article && view.forced ? (
        <ArticleView result={view.result} groupBy={groupBy} onGroupByChange={setGroupBy} />
      ) : (
        <NoArticle
          result={view.result}
          groupBy={groupBy}
          onGroupByChange={setGroupBy}
          onShowAnyway={view.forced ? undefined : session.showAnyway}
        />
      )}
        </>
      );
  }
}
