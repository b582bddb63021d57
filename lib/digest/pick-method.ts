// Method: how the article says to get there, in one line. The unit with the most how-to
// markers (sequence, process, means, "the way to…") that the role model does not take for a
// story, and that the author does not argue against ("the mistake is to…", "that doesn't work")
// or only announces ("We'll go through all the items you will need…").
// None when nothing reads as a method: an empty method beats a wrong one.
import type { Item } from './digest-schema';
import type { Choice, DigestContext, Sentence } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { ItemPool, unitItem, unitsOf, type Unit } from './item-pool';
import type { SentenceJudge } from './sentence-roles';
import type { DigestLanguage } from '../text/digest-language';

export const MIN_METHOD_SCORE = 2;
/** The role model's odds that make a sentence a method on their own (recipes, numbered steps). */
const SURE_METHOD = 0.5;
const MAX_STORY = 0.5;
/** The least score a method is shown at. Just over the markers' minimum, with the model's odds
 *  near zero, the candidates on the dev pages were mostly stories with a "then" or an "in order
 *  to" in them ("In order to make up for the lack of a roof, the project manager shared…"; German
 *  "dann"); recipes, playbooks and "the first step is…" score 2.5 and more. */
const MIN_METHOD_PICK = 2.5;

// The global form of each language's method pattern, compiled once (it was once per sentence).
const globalMethod = new WeakMap<LanguageCues, RegExp>();
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const COMMAS = /,/g;
const THEN = /\b(then|and then|dann|puis|ensuite|luego)\b/i;
/** A sentence that names itself a way or a step ("a simple way to…", "the first step is…") is a
 *  method on that alone. */
const NAMES_A_WAY = /\b(?:(?:a|the) (?:simple|good|great|easy|better|best|smart|quick|effective|surest|only|right) way to|the (?:first|next|last|final) step|the (?:key|trick|secret) is to|der (?:beste|einfachste|richtige) weg|der erste schritt|la (?:meilleure|seule|bonne) (?:façon|manière) de|la première étape|la (?:mejor|única) (?:manera|forma) de|el primer paso)\b/iu;
/** The author holding an approach up as wrong: in the sentence or opening the next one. */
const ARGUED_AGAINST = /\b(?:mistake|wrong|myth|trap|pitfall|doesn['’]t work|does not work|won['’]t work|fails?|failed|backfires?|instead of|rather than|the problem with|falsch|fehler|irrtum|erreur|faux|piège|error|equivocad[oa]|mito)\b/i;

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
  if (NAMES_A_WAY.test(text)) score += 2;
  if (cues.narrative.test(text)) score -= 1;
  return score;
}

function arguedAgainst(sentence: Sentence, next: Sentence | undefined): boolean {
  return ARGUED_AGAINST.test(sentence.text) || (!!next && next.words < 12 && ARGUED_AGAINST.test(next.text));
}

export function pickMethod(
  context: DigestContext,
  cues: LanguageCues,
  lang: DigestLanguage,
  judge: SentenceJudge,
  pool: ItemPool,
): { item: Item | null; choices: Choice[] } {
  let best: { unit: Unit; score: number } | null = null;
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < 8 || sentence.words > 60) continue;
    // The cue patterns first (cheap), the model only for sentences with a how-to marker.
    const markers = methodScore(sentence.text, cues);
    if (markers < 1) continue;
    const role = judge.of(sentence.index)?.odds;
    if (!role || role.detail + role.boilerplate > MAX_STORY) continue;
    if (markers < MIN_METHOD_SCORE && role.method < SURE_METHOD) continue;
    const score = markers + 2 * role.method;
    if (best && score <= best.score) continue;
    if (arguedAgainst(sentence, context.sentences[sentence.index + 1]) || cues.signpost.test(sentence.text)) continue;
    for (const unit of unitsOf(sentence, lang)) {
      if (!pool.accepts(unit.sentence, unit.stems)) continue;
      best = { unit, score };
      break;
    }
  }
  if (!best || best.score < MIN_METHOD_PICK) {
    const reason = best ? `best candidate too weak (score ${best.score.toFixed(2)})` : 'no sentence reads as a method the article recommends';
    return { item: null, choices: [{ step: 'method', reason, text: best?.unit.span.text ?? '' }] };
  }
  pool.takeUnit(best.unit);
  return { item: unitItem(best.unit), choices: [{ step: 'method', reason: `how-to markers and role odds (score ${best.score.toFixed(2)})`, text: best.unit.span.text }] };
}
