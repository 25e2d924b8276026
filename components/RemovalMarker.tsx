import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MarkedBlock } from '../utils/types';
import { sanitizeArticleHtml } from './sanitize';

interface Props {
  /** The blocks at one place in the article: taken out (shown only when asked), or shown because their filter is off. */
  blocks: MarkedBlock[];
  showRemoved: boolean;
}

/** One place in the article where filters acted. */
export function RemovalMarker({ blocks, showRemoved }: Props) {
  const removed = showRemoved ? blocks.filter((b) => b.state === 'removed') : [];
  const shown = blocks.filter((b) => b.state === 'shown');
  return (
    <>
      {removed.length > 0 && <RemovedHere blocks={removed} />}
      {shown.map((b, i) => <ShownBlock key={i} block={b} />)}
    </>
  );
}

function RemovedHere({ blocks }: { blocks: MarkedBlock[] }) {
  const labels = [...new Set(blocks.map((b) => b.label))].join(', ');
  return (
    <details class="removed-here">
      <summary>
        {blocks.length === 1 ? '1 block removed here' : `${blocks.length} blocks removed here`} <span class="removed-filters">· {labels}</span>
      </summary>
      <ul class="removed-list">
        {blocks.map((b, i) => (
          <li key={i}>
            <span class="removed-filter">{b.label}</span>{' '}
            <q class="removed-text">{b.text || '(no text: an image or an icon)'}</q>
            {b.readabilityDrops && <span class="removed-note"> (plain Readability drops it too)</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A block in the view because its filter is off: its own HTML where Readability had dropped it, else a note on the text that follows. */
function ShownBlock({ block }: { block: MarkedBlock }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (block.html) ref.current?.replaceChildren(sanitizeArticleHtml(block.html));
  }, [block.html]);
  const why = `Shown because “${block.label}” is off`;
  if (!block.html) return <p class="shown-note">{why}: the text below is the block it would remove.</p>;
  return (
    <div class="shown-block" role="group" aria-label={why}>
      <p class="shown-note">{why}{block.readabilityDrops ? ' (plain Readability drops it too)' : ''}</p>
      <div ref={ref} class="shown-content" />
    </div>
  );
}
