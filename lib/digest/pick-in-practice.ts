// In practice: what a reader can do. Imperatives ("Consider custom silicon when...") first, then
// advice phrased as statements ("teams should...") and advice relayed to the public ("police urge
// drivers to..."); at most five, in article order. Never a story's events, a quote of someone
// else's advice, or the site's own prompts (those are boilerplate and never reach this step). A
// how-to's imperative headings ("Live below your means") count: they are its actions.
import type { Item } from './digest-schema';
import type { Choice, DigestContext, Sentence } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { OPENS_WITH_QUOTE } from './classify-sentence';
import { ItemPool, unitItem, unitsOf, type Unit } from './item-pool';
import type { SentenceJudge } from './sentence-roles';
import { isStopWord } from '../text/stop-words';
import type { DigestLanguage } from '../text/digest-language';
import { boilerplateMatch } from './boilerplate-patterns';

const MAX_ACTIONS = 5;
const MAX_STORY = 0.75;

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
/** Advice relayed to the public, in the present: "Police are urging drivers to…", "Officials advise
 *  residents to…". In the past ("The state encouraged people to buy diesel cars for years") it is
 *  what a party in the story did. */
const RELAYED_ADVICE = /\b(?:urg(?:e|es|ing)|ask(?:s|ing)?|advis(?:e|es|ing)|encourag(?:e|es|ing)|remind(?:s|ing)?|warn(?:s|ing)?|recommend(?:s|ing)?) (?:all )?(?:parents|people|residents|drivers|motorists|the public|everyone|consumers|travell?ers|users|patients|viewers|readers|homeowners|shoppers|visitors|customers|employees|investors|owners)\b(?: \w+){0,3} to\b/i;
const HEADING_WORDS_MAX = 12;
const DISPOSITION = /\byou (?:must|should|need to|have to|ought to) be\b/i;
/** Advice about the past ("you should have notified the police"), or the writers' own to-do list
 *  ("We need to be more mindful of the CSS we write"): nothing a reader can act on. */
const NOT_FOR_THE_READER = /\b(?:should|must|ought to) have (?!to\b)\w+|^(?:\S+\s+){0,8}?we (?:must|should|need to|have to|ought to)\b/i;
/** The listed verb opening the sentence is its subject, a noun: "Use of the cable car is
 *  restricted…", "Demand is rising", "Demand outstripped supply". */
const VERB_AS_SUBJECT = /^\p{L}+ (?:of|is|are|was|were|has|had|\p{L}{3,}[^e\P{L}]ed)\b/iu;
/** A past-tense verb ("forced", "found"), the mark of a story told before the advice in it. */
const PAST_VERB = /\b(?:[a-z]{3,}[^e\W]ed|found|made|told|took|gave|taught|thought|felt|knew|saw|went|came|got|led)\b/;
/** An address to write to: the site asking for mail, not advice. */
const MAIL_ADDRESS = /\S@\S+\.\w/;
const NO_ACTION = { strength: 0, reason: '' };
const IMPERATIVE = { strength: 2, reason: 'imperative' };
const SHAPED_IMPERATIVE = { strength: 2, reason: 'imperative (verb before its object)' };
const ADVICE = { strength: 1, reason: 'advice' };
const RELAYED = { strength: 1, reason: 'advice relayed to the public' };
const QUESTION_END = /\?\s*$/;

/** How plainly a sentence tells the reader to act: 2 imperative, 1 advice, 0 neither. A story
 *  ("Track officials had been keen...") is not an instruction, whatever its first word. */
export function actionStrength(text: string, cues: LanguageCues, lang: DigestLanguage): { strength: number; reason: string } {
  // The anchored patterns first; the narrative veto only for what looks like an instruction.
  let found: { strength: number; reason: string } = NO_ACTION;
  if (cues.imperative.test(text)) found = IMPERATIVE;
  else {
    const shaped = cues.imperativeShape?.exec(text)?.[1];
    if (shaped && !isStopWord(shaped.toLowerCase(), lang)) found = SHAPED_IMPERATIVE;
    else if (cues.advice.test(text)) found = ADVICE;
    else if (lang === 'en' && RELAYED_ADVICE.test(text)) return RELAYED;
  }
  if (found === NO_ACTION || MAIL_ADDRESS.test(text)) return NO_ACTION;
  if (lang === 'en' && (NOT_FOR_THE_READER.test(text) || (found !== ADVICE && VERB_AS_SUBJECT.test(text)))) return NO_ACTION;
  // "You must be data driven…" asks for a disposition, not an act: a rule, for Principles.
  if (found === ADVICE && lang === 'en' && DISPOSITION.test(text)) return NO_ACTION;
  // "AMP forced us to examine every feature… and make sure…": advice inside what a party did.
  if (found === ADVICE && lang === 'en' && PAST_VERB.test(text.slice(0, text.search(cues.advice)))) return NO_ACTION;
  if (lang === 'en' && RELAYED_ADVICE.test(text)) return RELAYED;
  return cues.narrative.test(text) ? NO_ACTION : found;
}

/** A how-to heading that is itself an action ("Take inventory", "Live below your means"). */
function actionHeading(sentence: Sentence, cues: LanguageCues): boolean {
  return sentence.blockType === 'heading' && sentence.words >= 2 && sentence.words <= HEADING_WORDS_MAX && !QUESTION_END.test(sentence.text) && cues.imperative.test(sentence.text) && !boilerplateMatch(sentence.text);
}

export function pickInPractice(
  context: DigestContext,
  cues: LanguageCues,
  lang: DigestLanguage,
  judge: SentenceJudge,
  pool: ItemPool,
): { items: Item[]; choices: Choice[] } {
  const candidates: { unit: Unit; strength: number; reason: string }[] = [];
  // A loop, not filter with an arrow: V8 drops a closure's optimized code once it is garbage.
  const headings = new Set<Sentence>();
  for (const sentence of context.sentences) if (actionHeading(sentence, cues)) headings.add(sentence);
  for (const sentence of context.sentences) {
    if (sentence.words > 50) continue;
    if (sentence.unusable) {
      // A how-to's imperative headings are its actions, when it has a few of them.
      if (sentence.unusable === 'heading' && headings.size >= 2 && headings.has(sentence)) {
        candidates.push({ unit: { sentence, span: { start: 0, text: sentence.text, cut: 'whole' }, stems: sentence.stems }, strength: 1.5, reason: 'imperative heading of a how-to' });
      }
      continue;
    }
    // Quoted speech is someone else's advice to someone else, not the article's to the reader.
    if (OPENS_WITH_QUOTE.test(sentence.text)) continue;
    for (const unit of unitsOf(sentence, lang)) {
      const { strength, reason } = actionStrength(unit.span.text, cues, lang);
      if (!strength) continue;
      // The model last: it only vetoes a story the cue patterns took for advice.
      const role = judge.of(sentence.index)?.odds;
      if (role && role.detail + role.boilerplate <= MAX_STORY) candidates.push({ unit, strength: strength + role.action, reason });
      break;
    }
  }
  candidates.sort(byStrengthThenIndex);
  const picked: typeof candidates = [];
  for (const candidate of candidates) {
    if (picked.length >= MAX_ACTIONS) break;
    const { unit } = candidate;
    // Headings carry no full stop, so they skip the pool's finished-sentence test, not its repeat test.
    const taken = unit.sentence.blockType === 'heading' ? pool.takeHeading(unit) : pool.takeUnit(unit);
    if (taken) picked.push(candidate);
  }
  picked.sort((a, b) => a.unit.sentence.index - b.unit.sentence.index);
  return {
    items: picked.map(({ unit }) => unitItem(unit)),
    choices: picked.map(({ unit, reason }) => ({ step: 'in-practice', reason, text: unit.span.text })),
  };
}

function byStrengthThenIndex(a: { strength: number; unit: Unit }, b: { strength: number; unit: Unit }): number {
  return b.strength - a.strength || a.unit.sentence.index - b.unit.sentence.index;
}
