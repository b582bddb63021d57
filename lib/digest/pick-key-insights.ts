// Key insights: substantive claims a busy reader would want beside the summary, in article
// order. A sentence qualifies when the role model finds it more likely a claim, finding or rule
// than narrative colour, a bystander's quote or site text, and when it (or its main clause)
// reads alone; centrality breaks ties.
import type { Item } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import { OPENS_WITH_QUOTE, isAsideInFirstPerson } from './classify-sentence';
import { ItemPool, bestUnit, unitItem, type Unit } from './item-pool';
import { secondMention } from './readable-span';
import { opensOnBareSurname } from './page-names';
import { CUES } from './cue-phrases';
import type { RoleOdds } from './role-model';
import type { SentenceJudge } from './sentence-roles';
import { titleStemsOf } from './sentence-roles';

const MAX_INSIGHTS = 3;
/** How much likelier a claim must be than colour: precision first, an empty list beats a trivial one.
 *  Chosen on the model's training pages (scripts/train-roles/data), where the picked insights that
 *  fit and read alone rise steadily with the margin: 67% of 296 at 0.05, 74% of 253 at 0.3, 76% of
 *  224 at 0.4; at 0.3 a card has no insight on 32 of 146 pages instead of 18. */
const MIN_SUBSTANCE = 0.3;
const CENTRALITY_WEIGHT = 0.3;
/** How many of the most central eligible sentences the model judges. */
const JUDGED = 20;

/** Odds that a sentence is a claim worth the card, minus the odds that it is colour or site text. */
export function substance(odds: RoleOdds): number {
  return odds.insight + odds.thesis + odds.principle - odds.detail - odds.boilerplate;
}

export function pickKeyInsights(
  context: DigestContext,
  judge: SentenceJudge,
  centrality: readonly number[],
  pool: ItemPool,
): { items: Item[]; choices: Choice[] } {
  const titleStems = titleStemsOf(context);
  let maxCentrality = 1e-9;
  for (const value of centrality) if (value > maxCentrality) maxCentrality = value;
  // The rules first (cheap), then the most central of what is left, and only those are judged by
  // the model: an insight is a central claim, and judging every sentence of a long page costs more
  // than the rest of the digest.
  const eligible: { unit: Unit; central: number }[] = [];
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < 8 || sentence.words > 45) continue;
    if (OPENS_WITH_QUOTE.test(sentence.text) || isAsideInFirstPerson(sentence.text, context.lang) || pool.repeats(sentence)) continue;
    const unit = bestUnit(sentence, context.lang);
    if (!unit) continue;
    if (unit.span.cut === 'whole' && secondMention(unit.span.text, titleStems, context.lang)) continue;
    // "Grisham also accused…": a person the card never introduces.
    if (opensOnBareSurname(unit.span.text, context)) continue;
    // "We'll go through all the items you will need…": the article announcing itself.
    if (context.lang && CUES[context.lang].signpost.test(sentence.text)) continue;
    eligible.push({ unit, central: (centrality[sentence.index] ?? 0) / maxCentrality });
  }
  eligible.sort(byCentrality);
  const candidates: { unit: Unit; score: number; claim: number }[] = [];
  for (const { unit, central } of eligible.slice(0, JUDGED)) {
    const role = judge.of(unit.sentence.index)?.odds;
    if (!role) continue;
    const claim = substance(role);
    if (claim < MIN_SUBSTANCE) continue;
    candidates.push({ unit, claim, score: claim + CENTRALITY_WEIGHT * central });
  }
  candidates.sort(byScoreThenIndex);
  const picked = pool.takeBestUnits(candidates, MAX_INSIGHTS);
  return {
    items: picked.map(({ unit }) => unitItem(unit)),
    choices: picked.map(({ unit, score, claim }) => ({ step: 'key-insights', reason: `a claim rather than colour (odds margin ${claim.toFixed(2)}, score ${score.toFixed(2)})`, text: unit.span.text })),
  };
}

function byCentrality(a: { central: number; unit: Unit }, b: { central: number; unit: Unit }): number {
  return b.central - a.central || a.unit.sentence.index - b.unit.sentence.index;
}

function byScoreThenIndex(a: { score: number; unit: Unit }, b: { score: number; unit: Unit }): number {
  return b.score - a.score || a.unit.sentence.index - b.unit.sentence.index;
}
