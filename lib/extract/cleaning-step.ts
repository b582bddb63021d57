// The one shape every cleaning step has, and the context they share. Steps are pure functions of
// the cloned document: they may change the clone, and they say what they removed and why.
import type { Block, Removal } from '../article';
import type { SiteRule } from './sites/site-rule';

/** A block of the article body with the element it came from, while block steps run. */
export interface SourceBlock extends Block {
  element: Element;
  /** The outermost box around the block that restates the body (summary, key takeaways, FAQ), if any. */
  box: Element | null;
}

export interface ExtractContext {
  /** The cloned document; never the live page. */
  document: Document;
  url: string;
  /** Site rules whose page matched, besides the generic rules. */
  sites: readonly SiteRule[];
  /** Everything the steps removed, in order. */
  removals: Removal[];
  /** Gate phrases or paywall markers seen where the article was cut. */
  gates: string[];
}

/**
 * `page` steps run on the whole cloned document before Readability picks the article,
 * `content` steps on the element Readability picked, `blocks` steps on the article's blocks.
 */
export type CleaningStep =
  | { name: string; phase: 'page' | 'content'; run: (root: Element, context: ExtractContext) => void }
  | { name: string; phase: 'blocks'; run: (blocks: SourceBlock[], context: ExtractContext) => SourceBlock[] };

const MAX_RECORDED_CHARS = 300;

/** Removes an element from the clone and records why. */
export function removeElement(context: ExtractContext, element: Element, step: string, reason: string): void {
  recordRemoval(context, step, reason, element.textContent ?? '');
  element.remove();
}

export function recordRemoval(context: ExtractContext, step: string, reason: string, text: string): void {
  const folded = foldSpace(text);
  context.removals.push({ step, reason, text: folded.length > MAX_RECORDED_CHARS ? `${folded.slice(0, MAX_RECORDED_CHARS)}…` : folded });
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
