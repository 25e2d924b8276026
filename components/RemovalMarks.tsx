import { useEffect } from 'preact/hooks';
import { render } from 'preact';
import type { RemovalMark } from '../utils/types';
import { squash } from '../utils/kit/text';
import { RemovalMarker } from './RemovalMarker';
import { useShowRemoved } from './show-removed';

const HOST_CLASS = 'removal-mark';

/**
 * Puts the filters' marks into the article the view shows: each at the element the pipeline
 * anchored it to, found again by position, checked by tag and text. The article's HTML is set by
 * ArticleBody (and may arrive in parts), so the marks are placed again whenever its blocks change.
 */
export function RemovalMarks({ marks }: { marks: RemovalMark[] | undefined }) {
  const [showRemoved] = useShowRemoved();
  useEffect(() => {
    const article = document.querySelector<HTMLElement>('article.article-body');
    if (!article || !marks?.length) return;
    const observer = new MutationObserver((records) => {
      // The article's own blocks changed, not a mark's inside.
      const changed = (r: MutationRecord) => !(r.target as Element).closest?.(`.${HOST_CLASS}`) && [...r.addedNodes, ...r.removedNodes].some((n) => !isHost(n));
      if (records.some(changed)) place();
    });
    const place = () => {
      observer.disconnect();
      placeMarks(article, marks, showRemoved);
      observer.observe(article, { childList: true, subtree: true });
    };
    place();
    return () => {
      observer.disconnect();
      clearMarks(article);
    };
  }, [marks, showRemoved]);
  return null;
}

const isHost = (n: Node) => n.nodeType === 1 && (n as Element).classList.contains(HOST_CLASS);

function clearMarks(article: HTMLElement): void {
  for (const host of Array.from(article.querySelectorAll(`.${HOST_CLASS}`))) {
    render(null, host);
    host.remove();
  }
}

function placeMarks(article: HTMLElement, marks: RemovalMark[], showRemoved: boolean): void {
  clearMarks(article);
  const elements = Array.from(article.querySelectorAll('*'));
  for (const mark of marks) {
    if (!showRemoved && !mark.blocks.some((b) => b.state === 'shown')) continue;
    const host = document.createElement('div');
    host.className = HOST_CLASS;
    const anchor = mark.after < 0 ? null : findAnchor(elements, mark);
    if (mark.after < 0) article.prepend(host);
    else if (anchor) anchor.after(host);
    else article.append(host);
    render(<RemovalMarker blocks={mark.blocks} showRemoved={showRemoved} />, host);
  }
}

/** The element a mark follows: at its position when tag and text agree, else the first that has both. */
function findAnchor(elements: Element[], mark: RemovalMark): Element | null {
  const fits = (el: Element | undefined) => !!el && el.localName === mark.tag && squash(el.textContent).startsWith(mark.text);
  const at = elements[mark.after];
  if (fits(at)) return at!;
  return elements.find(fits) ?? null;
}
