// How much a sentence shares with the rest of the article: the cosine between its content stems
// and the article's stem counts with its own removed. The thesis of an essay scores high; an
// aside scores low. Linear in the article's length.
import type { DigestContext, Sentence } from './digest-types';

export function sentenceCentrality(sentence: Sentence, context: DigestContext, articleNorm: number): number {
  const own = new Map<string, number>();
  for (const stem of sentence.stems) own.set(stem, (own.get(stem) ?? 0) + 1);
  let dot = 0;
  let ownNorm = 0;
  for (const [stem, count] of own) {
    dot += count * ((context.stemCounts.get(stem) ?? 0) - count);
    ownNorm += count * count;
  }
  return ownNorm && articleNorm ? Math.max(0, dot) / Math.sqrt(ownNorm * articleNorm) : 0;
}

/** The norm of the article's stem-count vector, computed once per article. */
export function articleNorm(context: DigestContext): number {
  let sum = 0;
  for (const count of context.stemCounts.values()) sum += count * count;
  return sum;
}

/** Centrality of every sentence, indexed like `context.sentences`. */
export function centralities(context: DigestContext): number[] {
  const norm = articleNorm(context);
  // A loop, not map with an arrow: V8 drops a closure's optimized code once the closure is garbage.
  const out: number[] = [];
  for (const sentence of context.sentences) out.push(sentenceCentrality(sentence, context, norm));
  return out;
}
