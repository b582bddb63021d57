// Key takeaway: the article's own "key takeaway / bottom line / in short" wins when it has one
// (under such a heading, opening a sentence, or run into the text where a heading was flattened);
// otherwise the sentence the role model ranks first as the article's thesis or news: it learned
// from labelled pages that ledes, conclusions and sentences that restate the title state the point,
// and that anecdotes, bystanders' quotes and asides do not.
import type { Item } from './digest-schema';
import { OPENS_WITH_QUOTE, TERMINAL, isAsideInFirstPerson } from './classify-sentence';
import type { Choice, DigestContext, Sentence } from './digest-types';
import { ItemPool, bestUnit, toItem, unitItem, type Unit } from './item-pool';
import { titleStemsOf, type SentenceJudge } from './sentence-roles';
import { pointsBack, secondMention } from './readable-span';
import { opensOnBareSurname } from './page-names';
import { MIN_METHOD_SCORE, methodScore } from './pick-method';
import type { LanguageCues } from './cue-phrases';
import type { DigestLanguage } from '../text/digest-language';

export interface TakeawayPick {
  item: Item | null;
  sentence: Sentence | null;
  choices: Choice[];
}

const MIN_TAKEAWAY_WORDS = 5;
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const SPACES = /\s+/;
const NOT_A_STATEMENT = /[!?]["'”’)]*\s*$/u;
const QUESTION_END = /[?？]["'”’)]*\s*$/u;

/** The part of `text` after a takeaway marker, when what follows is a whole statement. */
function afterMarker(text: string, marker: RegExp): string | null {
  const match = marker.exec(text);
  if (!match) return null;
  const rest = text.slice(match.index + match[0].length).trim();
  return rest.split(SPACES).length >= MIN_TAKEAWAY_WORDS && TERMINAL.test(rest) ? rest : null;
}

/** Not a cheer, a question, the writer's aside or a prompt ("Now you know how to grow lemon
 *  trees!", "I hope you'll have as much success as I did", "Let us know how it went"): those open
 *  a conclusion as often as its point does, and a statement after them may be the point. */
function statesAPoint(sentence: Sentence, cues: LanguageCues, judge: SentenceJudge, lang: DigestLanguage | null): boolean {
  const { text } = sentence;
  if (NOT_A_STATEMENT.test(text) || isAsideInFirstPerson(text, lang) || cues.imperative.test(text) || cues.advice.test(text)) return false;
  // "For more on caring for a lemon tree, check out the complete guide": the model knows a promo.
  const odds = judge.of(sentence.index)?.odds;
  return !odds || odds.detail + odds.boilerplate <= MAX_COLOUR;
}

function explicitTakeaway(context: DigestContext, cues: LanguageCues, judge: SentenceJudge): TakeawayPick | null {
  for (const sentence of context.sentences) {
    if (sentence.unusable?.startsWith('boilerplate')) continue;
    // A repeat is fine here: the sentence under the takeaway heading may also sit in a summary box above.
    const standsAlone = !sentence.unusable || sentence.unusable.startsWith('repeat');
    if (standsAlone && sentence.heading && cues.takeawayHeading.test(sentence.heading) && statesAPoint(sentence, cues, judge, context.lang)) {
      return pick(sentence, sentence.text, sentence.text, `first sentence under the heading "${sentence.heading}"`);
    }
    // What follows the marker must say the point itself: "In short, it would see…" leans on the
    // sentences before it.
    const opened = afterMarker(sentence.text, cues.takeawayOpening);
    if (opened && cues.takeawayOpening.exec(sentence.text)?.index === 0 && readsAlone(opened, context)) {
      return pick(sentence, opened, sentence.text, 'sentence opens with a takeaway marker');
    }
    const inline = afterMarker(sentence.text, cues.takeawayInline);
    if (inline && readsAlone(inline, context)) return pick(sentence, inline, inline, 'takeaway marker run into the text (flattened heading)');
  }
  return null;
}

function readsAlone(text: string, context: DigestContext): boolean {
  return !context.lang || !pointsBack(text, context.lang);
}

function pick(sentence: Sentence, text: string, quote: string, reason: string): TakeawayPick {
  return { item: toItem(sentence, text, quote), sentence, choices: [{ step: 'key-takeaway', reason, text: quote }] };
}

/** A sentence the takeaway may be: a whole statement of a usable length, not a quote or the
 *  writer's aside. Shared with the ranker's training, which learns to order exactly these. */
export function thesisCandidate(sentence: Sentence, maxWords = MAX_WORDS, lang: DigestLanguage | null = 'en'): boolean {
  if (sentence.unusable || sentence.words < 8 || sentence.words > maxWords) return false;
  // A list item only when it is a whole sentence: a key-points box at the top states the point.
  if (sentence.blockType === 'list-item' && !TERMINAL.test(sentence.text)) return false;
  return !OPENS_WITH_QUOTE.test(sentence.text) && !isAsideInFirstPerson(sentence.text, lang);
}

const OPENING_BONUS = 2;
/** Where a takeaway is looked for: the first and the last sentences of the page. */
const OPENING_SENTENCES = 25;
const CLOSING_SENTENCES = 8;
const MAX_WORDS = 45;
/** Colour or site text by the role model: never the takeaway, however it ranks. */
const MAX_COLOUR = 0.7;
/**
 * The least score (log-odds of thesis, the opening bonus included) at which the best candidate is
 * taken as the point. On the 137 labelled training pages whose pick the model scored, 2 of the 98
 * picks below it were a thesis that reads alone, and 17 of the 39 above it (mostly details and
 * insights below it: a side fact under the label "Key takeaway"). Below it the card says the
 * title instead, which states a news story's point.
 */
const MIN_THESIS_SCORE = -1.25;
/** Fewer words name a subject ("Amazon’s Durability"); a headline that states the news has more. */
const MIN_HEADLINE_WORDS = 5;

function countWords(text: string): number {
  const words = text.trim().split(SPACES);
  return words[0] ? words.length : 0;
}

/** The thesis: the candidate the role model finds likeliest to state the point, readable alone (or shortened to
 *  its main clause), and not an instruction or a recipe (those are "in practice" and "method"). */
function thesisTakeaway(
  context: DigestContext,
  cues: LanguageCues | null,
  judge: SentenceJudge,
  pool: ItemPool,
): TakeawayPick | null {
  let best: { unit: Unit; score: number } | null = null;
  const titleStems = titleStemsOf(context);
  let first = true;
  const lastStretch = context.sentences.length - CLOSING_SENTENCES;
  for (const sentence of context.sentences) {
    // A thesis is stated in the opening or the close; the middle of a long page argues it.
    if (sentence.index >= OPENING_SENTENCES && sentence.index < lastStretch) continue;
    if (!thesisCandidate(sentence, 60, context.lang) || cues?.signpost.test(sentence.text)) continue;
    const opening = first;
    first = false;
    // A question raises the point; it does not state it.
    if (QUESTION_END.test(sentence.text)) continue;
    if (pool.repeats(sentence)) continue;
    const unit = bestUnit(sentence, context.lang);
    // A long sentence only for its main clause: "…, and it is why X compound: the decisions Amazon made…".
    if (!unit || (unit.span.cut === 'whole' && (sentence.words > MAX_WORDS || secondMention(unit.span.text, titleStems, context.lang)))) continue;
    if (opensOnBareSurname(unit.span.text, context)) continue;
    const judgement = judge.ofUnit(unit);
    if (!judgement) continue;
    // Writers put the point first: the opening statement starts ahead, when the summary has left it
    // (the bonus is the article's first statement's, not whichever comes first after the summary: on
    // the training pages that bonus took side details for the point). On the labelled pages, held
    // back in turn, the model's odds and the first sentence each find the thesis on about 62% of
    // pages, the two together on a few more).
    const score = Math.log(judgement.odds.thesis) + (opening ? OPENING_BONUS : 0);
    // The score first: most sentences can't beat the best so far, and the tests below cost more.
    if (best && score <= best.score) continue;
    if (judgement.odds.detail + judgement.odds.boilerplate > MAX_COLOUR) continue;
    if (cues && (cues.imperative.test(sentence.text) || cues.advice.test(sentence.text) || methodScore(sentence.text, cues) >= MIN_METHOD_SCORE)) continue;
    if (pool.accepts(sentence, unit.stems)) best = { unit, score };
  }
  if (!best) return null;
  // Below the floor the headline says the point, when it is one: a title of a few words names a
  // subject ("Amazon’s Durability", "Enterprise 2.0") and states nothing, so the likeliest sentence stays.
  if (best.score < MIN_THESIS_SCORE && countWords(context.article.title) >= MIN_HEADLINE_WORDS) {
    return { item: null, sentence: null, choices: [{ step: 'key-takeaway', reason: `no sentence likely enough to state the point (best log-odds ${best.score.toFixed(2)})`, text: best.unit.span.text }] };
  }
  return { item: unitItem(best.unit), sentence: best.unit.sentence, choices: [{ step: 'key-takeaway', reason: `likeliest thesis by the role model (log-odds ${best.score.toFixed(2)})`, text: best.unit.span.text }] };
}

export function pickKeyTakeaway(
  context: DigestContext,
  cues: LanguageCues | null,
  judge: SentenceJudge,
  pool: ItemPool,
): TakeawayPick {
  const found = (cues && explicitTakeaway(context, cues, judge)) ?? thesisTakeaway(context, cues, judge, pool);
  if (found?.sentence) pool.take(found.sentence);
  return found ?? { item: null, sentence: null, choices: [{ step: 'key-takeaway', reason: 'no usable sentence', text: '' }] };
}
