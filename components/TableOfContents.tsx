import type { TocEntry } from '../utils/reader/toc';
import { HEADING_SELECTOR } from '../utils/reader/toc';
import { t } from './i18n';

interface Props {
  entries: TocEntry[];
  /** The element holding the rendered article. */
  root: () => Element | null;
  /** Called after a jump, so the panel can close and leave the text in view. */
  onJump: () => void;
}

const TRIES = 20;

/** The heading a contents entry stands for; a long article renders in steps, so it may need a few frames. */
function whenHeadingShown(root: () => Element | null, index: number, then: (h: HTMLElement) => void, tries = TRIES): void {
  const heading = root()?.querySelector('article')?.querySelectorAll<HTMLElement>(HEADING_SELECTOR)[index];
  if (heading) then(heading);
  else if (tries > 0) requestAnimationFrame(() => whenHeadingShown(root, index, then, tries - 1));
}

export function TableOfContents({ entries, root, onJump }: Props) {
  const jump = (e: MouseEvent, entry: TocEntry) => {
    e.preventDefault();
    onJump();
    whenHeadingShown(root, entry.index, (heading) => {
      heading.id ||= `toc-${entry.index}`;
      // Focus moves with the view, so the next Tab and a screen reader continue from the heading.
      heading.tabIndex = -1;
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  };
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" class="panel-title">{t('toc_title')}</h2>
      <ol class="toc-list">
        {entries.map((entry) => (
          <li key={entry.index} class="toc-item" style={{ '--toc-depth': entry.depth }}>
            <a href={`#toc-${entry.index}`} onClick={(e) => jump(e, entry)}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
