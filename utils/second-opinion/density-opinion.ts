// The second opinion on its own: the page's blocks, each classified, and the main text as the
// good blocks in page order (jusText's output).
import { classifyBlocks, featuresOf, type BlockClass, type BlockFeatures } from './classify-blocks';
import { segmentBlocks, type Block } from './segment-blocks';

export interface DensityOpinion {
  blocks: Block[];
  features: BlockFeatures[];
  classes: BlockClass[];
  /** The page language its stop words show ('cjk' for CJK text), or null when no list fits. */
  lang: string | null;
  /** The good blocks' text, one space between blocks. */
  text: string;
}

/** Reads `root` (a document's body by default), leaving out the elements in `skip`. */
export function densityOpinion(root: Document | Element, skip?: ReadonlySet<Element>): DensityOpinion | null {
  const el = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  if (!el) return null;
  const blocks = segmentBlocks(el, skip);
  const { features, lang } = featuresOf(blocks);
  const classes = classifyBlocks(blocks, features, lang);
  const text = blocks.filter((_, i) => classes[i] === 'good').map((b) => b.text).join(' ');
  return { blocks, features, classes, lang, text };
}
