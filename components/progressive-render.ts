// Long articles are put on screen in two steps: the blocks that fill the first screen, then, after
// that frame has been painted, the rest. Split before sanitizing, so the first step sanitizes and
// lays out a screen of text, not 20,000 words.

/** Shorter articles go on screen in one step: their layout is quick, and the view is whole at once. */
export const LONG_ARTICLE_CHARS = 30_000;
/** About two popup screens of text: the first step always covers what the reader sees first. */
export const FIRST_SCREEN_CHARS = 3000;
/** The most blocks in the first step, whatever their length (many short list items). */
const FIRST_SCREEN_BLOCKS = 40;
/** Wrappers with no look of their own (Readability's page div): their blocks are split, the wrapper dropped. */
const PLAIN_WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

/** The node that holds the blocks: past plain wrappers that are all their parent holds. */
function blockContainer(root: ParentNode): ParentNode {
  let node = root;
  for (;;) {
    const elements = [...node.childNodes].filter((n): n is Element => n.nodeType === 1);
    const onlyWhitespace = [...node.childNodes].every((n) => n.nodeType !== 3 || !n.textContent?.trim());
    if (elements.length !== 1 || !onlyWhitespace || !PLAIN_WRAPPERS.has(elements[0].nodeName)) return node;
    node = elements[0];
  }
}

function htmlOf(nodes: Node[], doc: Document): string {
  const holder = doc.createElement('div');
  holder.append(...nodes);
  return holder.innerHTML;
}

/**
 * A long article's HTML as [first screen, rest], each to be sanitized on its own; null for a
 * short one. The HTML is parsed in an inert template: nothing in it loads or runs, and none of
 * these nodes reach the page (only the sanitizer's output does).
 */
export function splitFirstScreen(html: string, doc: Document = document): [string, string] | null {
  const template = doc.createElement('template');
  template.innerHTML = html;
  if ((template.content.textContent?.length ?? 0) < LONG_ARTICLE_CHARS) return null;
  const blocks = [...blockContainer(template.content).childNodes];
  let chars = 0;
  let cut = 0;
  while (cut < blocks.length && chars < FIRST_SCREEN_CHARS && cut < FIRST_SCREEN_BLOCKS) {
    chars += blocks[cut].textContent?.length ?? 0;
    cut++;
  }
  if (cut === blocks.length) return null;
  return [htmlOf(blocks.slice(0, cut), doc), htmlOf(blocks.slice(cut), doc)];
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

/**
 * Runs fn once the view is painted and the work queued for it is done: when the browser is next idle
 * (after the frames and tasks already waiting, such as the rest of a long article), or after
 * `timeoutMs` at the latest. Where there are no idle callbacks, after the next paint.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextPaint(fn);
  const id = requestIdleCallback(() => fn(), { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
