// Method: how the article says to get there. The sentence with the most how-to markers
// (sequence, process, means) that is not a mere anecdote; none when nothing reads as a method.
import type { Item } from './digest-schema';
import type { Choice, DigestContext, Sentence } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { ItemPool, toItem } from './item-pool';

export const MIN_METHOD_SCORE = 2;

// The global form of each language's method pattern, compiled once (it was once per sentence).
const globalMethod = new WeakMap<LanguageCues, RegExp>();
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const COMMAS = /,/g;
const THEN = /\b(then|and then|dann|puis|ensuite|luego)\b/i;

/** How-to strength: method markers, a chain of actions, advice; minus narrative past. */
export function methodScore(text: string, cues: LanguageCues): number {
  let global = globalMethod.get(cues);
  if (!global) {
    global = new RegExp(cues.method.source, `${cues.method.flags.replace('g', '')}g`);
    globalMethod.set(cues, global);
  }
  let score = Math.min(3, (text.match(global) ?? []).length);
  // A chain of three clauses or more ("builds X, scales them, and then sells them") reads as a recipe.
  if ((text.match(COMMAS) ?? []).length >= 2 && THEN.test(text)) score += 1;
  if (cues.imperative.test(text) || cues.advice.test(text)) score += 1;
  if (cues.narrative.test(text)) score -= 1;
  return score;
}

export function pickMethod(context: DigestContext, cues: LanguageCues, pool: ItemPool): { item: Item | null; choices: Choice[] } {
  let best: { sentence: Sentence; score: number } | null = null;
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < 8 || sentence.words > 60) continue;
    const score = methodScore(sentence.text, cues);
    if (score >= MIN_METHOD_SCORE && (!best || score > best.score) && pool.accepts(sentence)) best = { sentence, score };
  }
  if (!best) return { item: null, choices: [{ step: 'method', reason: `no sentence scored ${MIN_METHOD_SCORE}+ on how-to markers`, text: '' }] };
  pool.take(best.sentence);
  return { item: toItem(best.sentence), choices: [{ step: 'method', reason: `how-to markers (score ${best.score})`, text: best.sentence.text }] };
}
