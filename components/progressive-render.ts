// Long articles are put on screen in two steps: the blocks that fill the first screen, then, after
// that frame has been painted, the rest. A 20,000-word article's layout would otherwise hold the
// first paint until every paragraph is laid out.

/** Shorter articles go on screen in one step: their layout is quick, and the view is whole at once. */
export const LONG_ARTICLE_CHARS = 30_000;
/** About two popup screens of text: the first step always covers what the reader sees first. */
export const FIRST_SCREEN_CHARS = 3000;
/** The most blocks in the first step, whatever their length (many short list items). */
const FIRST_SCREEN_BLOCKS = 40;

export interface Split {
  /** Where the blocks go: the fragment itself, or the wrapper the article's blocks all sit in. */
  container: ParentNode;
  first: Node[];
  rest: Node[];
}

/** The element that holds the blocks: past wrappers that hold only one element (Readability's page div). */
function blockContainer(root: ParentNode): ParentNode {
  let node = root;
  for (;;) {
    const elements = [...node.childNodes].filter((n) => n.nodeType === 1);
    const onlyWhitespace = [...node.childNodes].every((n) => n.nodeType !== 3 || !n.textContent?.trim());
    if (elements.length !== 1 || !onlyWhitespace) return node;
    node = elements[0] as Element;
  }
}

/** Splits the sanitized article into the first screen and the rest; detaches the rest from it. */
export function splitFirstScreen(fragment: DocumentFragment): Split {
  if ((fragment.textContent?.length ?? 0) < LONG_ARTICLE_CHARS) return { container: fragment, first: [...fragment.childNodes], rest: [] };
  const container = blockContainer(fragment);
  const blocks = [...container.childNodes];
  let chars = 0;
  let cut = 0;
  while (cut < blocks.length && chars < FIRST_SCREEN_CHARS && cut < FIRST_SCREEN_BLOCKS) {
    chars += blocks[cut].textContent?.length ?? 0;
    cut++;
  }
  const rest = blocks.slice(cut);
  for (const node of rest) node.parentNode?.removeChild(node);
  return { container, first: blocks.slice(0, cut), rest };
}

/** Runs fn after the next frame has been painted (a task queued from requestAnimationFrame runs after paint). */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const raf = requestAnimationFrame(() => {
    timer = setTimeout(() => !cancelled && fn(), 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(raf);
    if (timer !== undefined) clearTimeout(timer);
  };
}
