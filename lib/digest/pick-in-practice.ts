// In practice: what a reader can do. Imperatives ("Consider custom silicon when...") first, then
// advice phrased as statements ("teams should..."); at most five, shown in article order.
import type { Item } from './digest-schema';
import type { Choice, DigestContext, Sentence } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { OPENS_WITH_QUOTE } from './classify-sentence';
import { ItemPool, toItem } from './item-pool';
import { isStopWord } from '../text/stop-words';
import type { DigestLanguage } from '../text/digest-language';

const MAX_ACTIONS = 5;

/** How plainly a sentence tells the reader to act: 2 imperative, 1 advice, 0 neither. A story
 *  ("Track officials had been keen...") is not an instruction, whatever its first word. */
export function actionStrength(text: string, cues: LanguageCues, lang: DigestLanguage): { strength: number; reason: string } {
  if (cues.narrative.test(text)) return { strength: 0, reason: '' };
  if (cues.imperative.test(text)) return { strength: 2, reason: 'imperative' };
  const shaped = cues.imperativeShape?.exec(text)?.[1];
  if (shaped && !isStopWord(shaped.toLowerCase(), lang)) return { strength: 2, reason: 'imperative (verb before its object)' };
  if (cues.advice.test(text)) return { strength: 1, reason: 'advice' };
  return { strength: 0, reason: '' };
}

export function pickInPractice(context: DigestContext, cues: LanguageCues, lang: DigestLanguage, pool: ItemPool): { items: Item[]; choices: Choice[] } {
  const candidates: { sentence: Sentence; strength: number; reason: string }[] = [];
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words > 50) continue;
    // Quoted speech is someone else's advice to someone else, not the article's to the reader.
    if (OPENS_WITH_QUOTE.test(sentence.text)) continue;
    const { strength, reason } = actionStrength(sentence.text, cues, lang);
    if (strength) candidates.push({ sentence, strength, reason });
  }
  candidates.sort((a, b) => b.strength - a.strength || a.sentence.index - b.sentence.index);
  const picked = pool.takeBest(candidates, MAX_ACTIONS);
  return {
    items: picked.map(({ sentence }) => toItem(sentence)),
    choices: picked.map(({ sentence, reason }) => ({ step: 'in-practice', reason, text: sentence.text })),
  };
}
