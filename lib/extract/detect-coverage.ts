// Whether the reader saw the whole article, or a paywall or subscribe gate cut it short.
import type { Coverage } from '../article';
import type { PageMetadata } from './read-metadata';

// A body of fewer words than this that ends mid-sentence with "…" is a teaser, not an article.
const TEASER_MAX_WORDS = 400;
// JSON-LD's stated word count this many times the visible words means most of the text is missing.
const STATED_LENGTH_FACTOR = 1.6;

export function detectCoverage(text: string, wordCount: number, gates: readonly string[], metadata: PageMetadata): Coverage {
  const stated = metadata.wordCount && metadata.wordCount > wordCount ? { estimatedWords: metadata.wordCount } : {};
  const partial = (reason: string): Coverage => ({ status: 'partial', reason, visibleWords: wordCount, ...stated });
  if (gates.length) return partial(`gate: "${gates[0]}"`);
  if (metadata.wordCount && metadata.wordCount >= 200 && metadata.wordCount > wordCount * STATED_LENGTH_FACTOR) {
    return partial(`the page states ${metadata.wordCount} words; ${wordCount} are visible`);
  }
  if (metadata.accessibleForFree === false && !metadata.paywalledPartPresent) return partial('JSON-LD isAccessibleForFree: false');
  if (wordCount < TEASER_MAX_WORDS && /(…|\.\.\.)\s*$/.test(text)) return partial('the body stops mid-sentence');
  return { status: 'full' };
}
