// Principles: the general rules the article argues ("commodity markets reward structural cost
// advantages"). A principle is normative or law-like, in the present, and not tied to one
// event: narrative past, reported speech, dates and figures count against it.
import type { Item } from './digest-schema';
import type { Choice, DigestContext, Sentence } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { ItemPool, byScoreThenPosition, toItem } from './item-pool';

const MAX_PRINCIPLES = 3;
const MIN_PRINCIPLE_SCORE = 1;
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
// A generic subject opening the sentence ("Commodity markets reward...", "Teams that...", "Any firm...").
const PLURAL_SUBJECT = /^(?:[A-Z][a-z]+ )?[a-z]+s (?:that |who |which )?[a-z]+s?\b/;
const ANY_SUBJECT = /^(?:a|an|any|every|no) [a-z]+/i;
const DIGIT = /\d/;
const QUOTE_MARK = /["“”«»„]/u;
const CAPITALIZED_MID_SENTENCE = /(?<=\s)\p{Lu}\p{Ll}+/gu;

/** Generality of a sentence: normative cues up, anecdote markers down. */
export function principleScore(text: string, cues: LanguageCues): number {
  let score = 0;
  if (cues.normative.test(text)) score += 1;
  if (PLURAL_SUBJECT.test(text) || ANY_SUBJECT.test(text)) score += 0.5;
  if (cues.narrative.test(text)) score -= 1;
  if (DIGIT.test(text)) score -= 0.5;
  if (QUOTE_MARK.test(text)) score -= 0.5;
  // Many capitalized words mid-sentence: about particular names, not a general rule.
  const names = text.slice(1).match(CAPITALIZED_MID_SENTENCE)?.length ?? 0;
  if (names >= 3) score -= 0.5;
  return score;
}

export function pickPrinciples(context: DigestContext, cues: LanguageCues, pool: ItemPool): { items: Item[]; choices: Choice[] } {
  const scored: { sentence: Sentence; score: number }[] = [];
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < 6 || sentence.words > 40) continue;
    const score = principleScore(sentence.text, cues);
    if (score >= MIN_PRINCIPLE_SCORE) scored.push({ sentence, score });
  }
  scored.sort(byScoreThenPosition);
  const picked = pool.takeBest(scored, MAX_PRINCIPLES);
  return {
    items: picked.map(({ sentence }) => toItem(sentence)),
    choices: picked.map(({ sentence, score }) => ({ step: 'principles', reason: `general, normative claim (score ${score})`, text: sentence.text })),
  };
}
