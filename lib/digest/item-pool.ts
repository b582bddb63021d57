// Keeps the card free of repeats: every step takes sentences through the pool, which refuses a
// sentence already on the card or one that says nearly the same thing as one there.
import type { Item } from './digest-schema';
import { TERMINAL } from './classify-sentence';
import type { Sentence } from './digest-types';

/** Share of the smaller sentence's content stems found in the other: 1 means one contains the other. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const small = new Set(a.length <= b.length ? a : b);
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared / small.size;
}

/** Best score first, then article order. A module function, not an arrow at each sort: V8 drops
 *  the optimized code of a closure once the closure is garbage, so each digest would start the
 *  comparator cold again. */
export function byScoreThenPosition(a: { score: number; sentence: Sentence }, b: { score: number; sentence: Sentence }): number {
  return b.score - a.score || a.sentence.index - b.sentence.index;
}

/** Above this overlap two sentences count as saying the same thing. */
export const REDUNDANT_OVERLAP = 0.7;

export class ItemPool {
  private readonly taken = new Set<number>();
  private readonly takenStems: string[][] = [];

  /** True when the sentence is new to the card and not a near-repeat of anything on it. An item
   *  must be a finished sentence (a list item may go without its full stop). */
  accepts(sentence: Sentence): boolean {
    if (sentence.spansBlocks || this.taken.has(sentence.index)) return false;
    if (sentence.blockType !== 'list-item' && !TERMINAL.test(sentence.text)) return false;
    return !this.takenStems.some((stems) => overlap(stems, sentence.stems) >= REDUNDANT_OVERLAP);
  }

  take(sentence: Sentence): void {
    this.taken.add(sentence.index);
    this.takenStems.push(sentence.stems);
  }

  /** Takes up to `max` of `ranked` (best first) that the pool accepts; returns them in article order. */
  takeBest<T extends { sentence: Sentence }>(ranked: readonly T[], max: number): T[] {
    const picked: T[] = [];
    for (const entry of ranked) {
      if (picked.length >= max) break;
      if (!this.accepts(entry.sentence)) continue;
      this.take(entry.sentence);
      picked.push(entry);
    }
    return picked.sort((a, b) => a.sentence.index - b.sentence.index);
  }
}

// Connectives that tie a sentence to the one before; the card item reads better without them.
const LEADING_CONNECTIVE = /^(and|but|so|also|then|still|yet|und|aber|also|et|mais|donc|puis|y|pero|entonces)\s+(?=\p{L})/iu;

/** Card wording of a sentence: leading connective dropped, first letter capitalized. */
export function itemText(text: string): string {
  const trimmed = text.replace(LEADING_CONNECTIVE, '').trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

/** An item resting on a sentence; `text` defaults to the sentence's card wording, `quote` is verbatim. */
export function toItem(sentence: Sentence, text?: string, quote?: string): Item {
  return { text: itemText(text ?? sentence.text), quote: quote ?? sentence.text };
}
