// What the sentence-role classifier sees of a sentence: its words (names and numbers folded into
// one token each, so the model learns kinds, not the people of its training pages), how it opens,
// where it sits in the article, and the cue patterns the rule-based steps already read. The same
// function feeds training (scripts/train-roles) and the digest, so the two never drift apart.
import type { LanguageCues } from './cue-phrases';
import type { DigestContext, Sentence } from './digest-types';
import { OPENS_WITH_QUOTE } from './classify-sentence';
import { pointsBack } from './readable-span';

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\d/;
const QUOTE_MARK = /["“”«»„]/u;
// Word classes read off the tokens (a set lookup per word costs less than a pattern per sentence).
const ATTRIBUTION = new Set(['said', 'says', 'told', 'according', 'added', 'explained', 'noted', 'wrote', 'tweeted', 'argued', 'claimed', 'sagte', 'erklärte', 'laut', 'déclaré', 'selon', 'dijo', 'explicó', 'según']);
const FIRST_PERSON_SINGULAR = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', 'my', 'me', 'ich', 'mein', 'meine', 'mir', 'mich', 'je', 'mon', 'ma', 'mes', 'moi', 'yo', 'mi', 'mis']);
const FIRST_PERSON_PLURAL = new Set(['we', "we're", 'we’re', 'our', 'us', 'wir', 'unser', 'unsere', 'uns', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra']);
const SECOND_PERSON = new Set(['you', 'your', "you're", 'you’re', 'yourself', 'du', 'dein', 'vous', 'votre', 'vos', 'tu', 'ton', 'usted', 'ustedes', 'tú', 'tus']);
/** German's formal "you" is told by its capital, away from the sentence start. */
const FORMAL_YOU = new Set(['Sie', 'Ihr', 'Ihre', 'Ihnen']);
const ENDS_WITH = /([.!?…:;"”’)\]])\s*$/u;

/** Buckets a count so the model sees a few levels, not every value. */
function bucket(value: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && value >= (edges[i] as number)) i++;
  return i;
}

const LENGTH_EDGES = [6, 10, 16, 24, 35];
const POSITION_EDGES = [0.1, 0.25, 0.5, 0.75, 0.9];
const CAPS_EDGES = [1, 2, 4];
const SHARE_EDGES = [0.01, 0.2, 0.4, 0.6];

export interface RoleFeatureInput {
  sentence: Sentence;
  context: DigestContext;
  cues: LanguageCues | null;
  /** Rank of the sentence's centrality among the article's sentences, 0 (most central) to 1. */
  centralityRank: number;
  /** Content stems of the title. */
  titleStems: ReadonlySet<string>;
}

/** The sentence's features, as names; the model holds a weight per name and role. */
export function roleFeatures({ sentence, context, cues, centralityRank, titleStems }: RoleFeatureInput): string[] {
  const { text, tokens, facts, blockType } = sentence;
  const features = new Set<string>();
  let attribution = false;
  let firstSingular = false;
  let firstPlural = false;
  let second = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const { lower } = token;
    const word = DIGIT.test(token.text) ? '#num' : i > 0 && CAPITAL.test(token.text) ? '#name' : lower;
    features.add(`w:${word}`);
    if (i === 0) features.add(`f1:${word}`);
    if (i === 1) features.add(`f2:${tokens[0]?.lower ?? ''} ${word}`);
    attribution ||= ATTRIBUTION.has(lower);
    firstSingular ||= FIRST_PERSON_SINGULAR.has(lower);
    firstPlural ||= FIRST_PERSON_PLURAL.has(lower);
    second ||= SECOND_PERSON.has(lower) || (i > 0 && FORMAL_YOU.has(token.text));
  }
  features.add(`end:${ENDS_WITH.exec(text)?.[1] ?? 'none'}`);
  features.add(`block:${blockType}`);
  const total = Math.max(1, context.sentences.length - 1);
  const position = sentence.index / total;
  features.add(`pos:${bucket(position, POSITION_EDGES)}`);
  if (sentence.index < 3) features.add(`pos:start${sentence.index}`);
  if (context.sentences.length - sentence.index <= 3) features.add('pos:end');
  features.add(`len:${bucket(sentence.words, LENGTH_EDGES)}`);
  let names = 0;
  for (let i = 1; i < tokens.length; i++) if (CAPITAL.test(tokens[i]?.text ?? '')) names++;
  features.add(`caps:${bucket(names, CAPS_EDGES)}`);
  if (DIGIT.test(text)) features.add('digit');
  if (OPENS_WITH_QUOTE.test(text)) features.add('quote:opens');
  else if (QUOTE_MARK.test(text)) features.add('quote:has');
  if (attribution) features.add('attribution');
  if (firstSingular) features.add('person:1s');
  if (firstPlural) features.add('person:1p');
  if (second) features.add('person:2');
  if (sentence.heading) features.add('under-heading');
  if (context.lang && pointsBack(text, context.lang)) features.add('points-back');
  if (sentence.unusable) features.add(`unusable:${sentence.unusable.split(/[ (]/)[0]}`);
  if (cues) {
    if (cues.imperative.test(text)) features.add('cue:imperative');
    if (cues.advice.test(text)) features.add('cue:advice');
    if (cues.normative.test(text)) features.add('cue:normative');
    if (cues.narrative.test(text)) features.add('cue:narrative');
    if (cues.method.test(text)) features.add('cue:method');
  }
  let inTitle = 0;
  let content = 0;
  for (const fact of facts) {
    if (fact.contentStem === null) continue;
    content++;
    if (titleStems.has(fact.contentStem)) inTitle++;
  }
  features.add(`title:${bucket(content ? inTitle / content : 0, SHARE_EDGES)}`);
  features.add(`central:${bucket(centralityRank, POSITION_EDGES)}`);
  return [...features];
}
