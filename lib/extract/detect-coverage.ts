// Whether the reader saw the whole article, or a paywall or subscribe gate cut it short. The reason
// is for the reader, in plain words: never the gate's own text, never the metadata that told us.
import type { Coverage } from '../article';
import type { PageMetadata } from './read-metadata';

// A body of fewer words than this that ends mid-sentence with "…" is a teaser, not an article.
const TEASER_MAX_WORDS = 400;
// JSON-LD's stated word count this many times the visible words means most of the text is missing.
const STATED_LENGTH_FACTOR = 1.6;

export function detectCoverage(text: string, wordCount: number, gates: readonly string[], metadata: PageMetadata): Coverage {
  const stated = metadata.wordCount && metadata.wordCount > wordCount ? { estimatedWords: metadata.wordCount } : {};
  const partial = (reason: string): Coverage => ({ status: 'partial', reason: `${reason}: the digest covers the first ${wordCount} words`, visibleWords: wordCount, ...stated });
  // A gate with no words (an empty paywall slot, as a subscriber's page keeps it) cut nothing short,
  // nor does one on a page whose metadata says it is free or holds the paid part.
  const gated = gates.some(Boolean) && metadata.accessibleForFree !== true && !metadata.paywalledPartPresent;
  if (gated || (metadata.accessibleForFree === false && !metadata.paywalledPartPresent)) return partial('Subscriber article');
  if (metadata.wordCount && metadata.wordCount >= 200 && metadata.wordCount > wordCount * STATED_LENGTH_FACTOR) return partial('The page shows part of the article');
  if (wordCount < TEASER_MAX_WORDS && /(…|\.\.\.)\s*$/.test(text)) return partial('The page shows only the start of the article');
  return { status: 'full' };
}
