import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MarkedBlock } from '../utils/types';
import { sanitizeArticleHtml } from './sanitize';
import { t, tn } from './i18n';
import { packLabel } from './pack-text';

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
  const labels = [...new Set(blocks.map((b) => packLabel(b.filter, b.label)))].join(', ');
  return (
    <details class="removed-here">
      <summary>
        {tn('marks_removedHere', blocks.length)} <span class="removed-filters">· {labels}</span>
      </summary>
      <ul class="removed-list">
        {blocks.map((b, i) => (
          <li key={i}>
            <span class="removed-filter">{packLabel(b.filter, b.label)}</span>{' '}
            <q class="removed-text">{b.text || t('marks_noText')}</q>
            {b.readabilityDrops && <span class="removed-note"> {t('marks_readabilityDrops')}</span>}
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
  const label = packLabel(block.filter, block.label);
  const why = t('marks_shownBecause', label);
  if (!block.html) return <p class="shown-note">{t('marks_shownBelow', label)}</p>;
  return (
    <div class="shown-block" role="group" aria-label={why}>
      <p class="shown-note">{why}{block.readabilityDrops ? ` ${t('marks_readabilityDrops')}` : ''}</p>
      <div ref={ref} class="shown-content" />
    </div>
  );
}
