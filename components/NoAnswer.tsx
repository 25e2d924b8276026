interface Props {
  waitedMs: number;
  onRetry: () => void;
}

/** The tab did not hand over its page in time: say so, with what may help, instead of waiting on. */
export function NoAnswer({ waitedMs, onRetry }: Props) {
  return (
    <div class="state state-no-answer" role="alert">
      <h1 class="state-title">The page is not answering</h1>
      <p>
        It did not hand over its text within {Math.round(waitedMs / 1000)} seconds. Some tabs never do, such as a view of a
        page's source. If the page is busy loading, retry in a moment.
      </p>
      <button type="button" class="button primary" onClick={onRetry} autoFocus>Retry</button>
    </div>
  );
}
