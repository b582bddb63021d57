// What the sentence-role classifier sees of a sentence: its words (names and numbers folded into
// one token each, so the model learns kinds, not the people of its training pages), how it opens,
// and where it sits in the article. The same
// function feeds training (scripts/train-roles) and the digest, so the two never drift apart.
import type { DigestContext, Sentence } from './digest-types';
import { OPENS_WITH_QUOTE } from './classify-sentence';
import { readsWhole } from './item-pool';

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const DIGIT = /\d/;
const QUOTE_MARK = /["“”«»„]/u;
// Word classes read off the tokens (a set lookup per word costs less than a pattern per sentence).
const ATTRIBUTION = new Set(['said', 'says', 'told', 'according', 'added', 'explained', 'noted', 'wrote', 'tweeted', 'argued', 'claimed', 'sagte', 'erklärte', 'laut', 'déclaré', 'selon', 'dijo', 'explicó', 'según']);
const FIRST_PERSON_SINGULAR = new Set(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', 'my', 'me', 'ich', 'mein', 'meine', 'mir', 'mich', 'je', 'mon', 'ma', 'mes', 'moi', 'yo', 'mi', 'mis']);
const FIRST_PERSON_PLURAL = new Set(['we', "we're", 'we’re', 'our', 'us', 'wir', 'unser', 'unsere', 'uns', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra']);
const SECOND_PERSON = new Set(['you', 'your', "you're", 'you’re', 'yourself', 'du', 'dein', 'vous', 'votre', 'vos', 'tu', 'ton', 'usted', 'ustedes', 'tú', 'tus']);
/** German's formal "you" is told by its capital, away from the sentence start. */
const FORMAL_YOU = new Set(['Sie', 'Ihr', 'Ihre', 'Ihnen']);
const END_MARKS = '.!?…:;"”’)]';
const SPACE = /\s/;
/** Where an unusable reason's first word ends ("boilerplate (subscribe…)" → "boilerplate"). */
const REASON_END = /[ (]/;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

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

/** The names of bucketed features, made once (a name per sentence would be built otherwise). */
const names = (prefix: string, edges: readonly number[]) => Array.from({ length: edges.length + 1 }, (_, i) => `${prefix}${i}`);
const POSITION = names('pos:', POSITION_EDGES);
const START = ['pos:start0', 'pos:start1', 'pos:start2'];
const LENGTH = names('len:', LENGTH_EDGES);
const CAPS = names('caps:', CAPS_EDGES);
const TITLE = names('title:', SHARE_EDGES);
const CENTRAL = names('central:', POSITION_EDGES);

export interface RoleFeatureInput {
  sentence: Sentence;
  context: DigestContext;
  /** Rank of the sentence's centrality among the article's sentences, 0 (most central) to 1. */
  centralityRank: number;
  /** Content stems of the title. */
  titleStems: ReadonlySet<string>;
}

/** A sentence's features in parts: the words (and the first one or two) apart from the rest, so
 *  the model can look words up without building a name for each. */
export interface FeatureParts {
  words: Set<string>;
  first: string | null;
  firstTwo: string | null;
  others: string[];
}

/** The sentence's features, as names; the model holds a weight per name and role (training). */
export function roleFeatures(input: RoleFeatureInput): string[] {
  const { words, first, firstTwo, others } = featureParts(input);
  const names = [...others];
  for (const word of words) names.push(`w:${word}`);
  if (first !== null) names.push(`f1:${first}`);
  if (firstTwo !== null) names.push(`f2:${firstTwo}`);
  return names;
}

/** The last character of the text that is not a space. */
function lastMark(text: string): string {
  let end = text.length - 1;
  while (end >= 0 && SPACE.test(text.charAt(end))) end--;
  const mark = text.charAt(end);
  return END_MARKS.includes(mark) && mark ? mark : 'none';
}

/** The sentence's features in parts (see FeatureParts); `roleFeatures` names them. */
export function featureParts({ sentence, context, centralityRank, titleStems }: RoleFeatureInput): FeatureParts {
  const { text, tokens, facts, blockType } = sentence;
  const words = new Set<string>();
  let first: string | null = null;
  let firstTwo: string | null = null;
  let attribution = false;
  let firstSingular = false;
  let firstPlural = false;
  let second = false;
  let names = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const { lower, text: written } = token;
    // A capital is a letter its lowercase form changes; a digit shows in the first or last character.
    const capital = i > 0 && written.charCodeAt(0) !== lower.charCodeAt(0);
    if (capital) names++;
    const word = isDigitCode(written.charCodeAt(0)) || isDigitCode(written.charCodeAt(written.length - 1)) ? '#num' : capital ? '#name' : lower;
    words.add(word);
    if (i === 0) first = word;
    if (i === 1) firstTwo = `${tokens[0]?.lower ?? ''} ${word}`;
    attribution ||= ATTRIBUTION.has(lower);
    firstSingular ||= FIRST_PERSON_SINGULAR.has(lower);
    firstPlural ||= FIRST_PERSON_PLURAL.has(lower);
    second ||= SECOND_PERSON.has(lower) || (i > 0 && FORMAL_YOU.has(token.text));
  }
  const others: string[] = [`end:${lastMark(text)}`, `block:${blockType}`];
  const total = Math.max(1, context.sentences.length - 1);
  others.push(POSITION[bucket(sentence.index / total, POSITION_EDGES)] as string);
  if (sentence.index < 3) others.push(START[sentence.index] as string);
  if (context.sentences.length - sentence.index <= 3) others.push('pos:end');
  others.push(LENGTH[bucket(sentence.words, LENGTH_EDGES)] as string, CAPS[bucket(names, CAPS_EDGES)] as string);
  if (DIGIT.test(text)) others.push('digit');
  if (OPENS_WITH_QUOTE.test(text)) others.push('quote:opens');
  else if (QUOTE_MARK.test(text)) others.push('quote:has');
  if (attribution) others.push('attribution');
  if (firstSingular) others.push('person:1s');
  if (firstPlural) others.push('person:1p');
  if (second) others.push('person:2');
  if (sentence.heading) others.push('under-heading');
  if (context.lang && !readsWhole(sentence, context.lang)) others.push('points-back');
  if (sentence.unusable) others.push(`unusable:${sentence.unusable.split(REASON_END)[0]}`);
  let inTitle = 0;
  let content = 0;
  for (const fact of facts) {
    if (fact.contentStem === null) continue;
    content++;
    if (titleStems.has(fact.contentStem)) inTitle++;
  }
  others.push(TITLE[bucket(content ? inTitle / content : 0, SHARE_EDGES)] as string, CENTRAL[bucket(centralityRank, POSITION_EDGES)] as string);
  return { words, first, firstTwo, others };
}
