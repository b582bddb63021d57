// Key insights: the central claims the summary did not already make, in article order.
import type { Item } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import { OPENS_WITH_QUOTE, isAsideInFirstPerson, startsWithAnaphora } from './classify-sentence';
import { ItemPool, byScoreThenPosition, toItem } from './item-pool';

const MAX_INSIGHTS = 3;

export function pickKeyInsights(
  context: DigestContext,
  centrality: readonly number[],
  pool: ItemPool,
  summaryIndexes: ReadonlySet<number>,
): { items: Item[]; choices: Choice[] } {
  const candidates = context.sentences
    .filter((s) => !s.unusable && s.words >= 8 && s.words <= 45 && !summaryIndexes.has(s.index) && !OPENS_WITH_QUOTE.test(s.text) && !isAsideInFirstPerson(s.text))
    .map((sentence) => ({ sentence, score: (centrality[sentence.index] ?? 0) * (startsWithAnaphora(sentence.text) ? 0.7 : 1) }))
    .sort(byScoreThenPosition);
  const picked = pool.takeBest(candidates, MAX_INSIGHTS);
  return {
    items: picked.map(({ sentence }) => toItem(sentence)),
    choices: picked.map(({ sentence, score }) => ({ step: 'key-insights', reason: `central, not in the summary (${score.toFixed(3)})`, text: sentence.text })),
  };
}
