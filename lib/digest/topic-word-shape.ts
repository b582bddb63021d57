// What an English word's spelling says about its part of speech, for topics: words that never
// belong in a noun phrase (irregular verb forms, sentence adverbs, ordinals, prepositions a stop
// list lacks), and the endings of past forms, participles, plurals and adverbs. Closed classes
// and morphology, not a list of topics; judged once per word (word-facts.ts keeps the result).
import type { DigestLanguage } from '../text/digest-language';

// English verb forms that are never nouns: irregular pasts and participles a stop-word list lacks.
const IRREGULAR_VERBS = new Set(
  ('ran began begun took taken gave given went gone came saw seen told found thought brought bought caught taught fought sought kept held ' +
    'stood understood won lost met paid sent spent built fled fell fallen rose risen grew grown knew known drew drawn threw thrown wrote ' +
    'written spoke spoken broke broken chose chosen drove driven ate eaten hid hidden struck stuck swore sworn wore worn tore torn woke ' +
    'sank sunk shook forgot forgotten gotten sold meant slept swept wept sat lain laid dealt sprang rang sang sung flew flown shot fed ' +
    'bent lent dug spun swung stung clung slid led heard felt withheld upheld withdrew withdrawn overcame overtook undertook ' +
    'mistook forgave foresaw overthrew misled overheard oversaw rebuilt rewrote drank swam stole froze blew flung strove arose ' +
    'arisen awoke forbade shrank slew ' +
    'describe describes explain explains suggest suggests seem seems seemed')
    .split(' '),
);
// English sentence adverbs and ordinals: function words in all but name.
const NOT_TOPICS_EN = new Set(
  ('meanwhile moreover furthermore thus therefore hence instead indeed perhaps rather quite almost nearly simply actually especially ' +
    'likely unlikely recently finally currently eventually probably certainly clearly obviously second third fourth fifth sixth seventh ' +
    'eighth ninth tenth hundred thousand million billion trillion dozen four five six seven eight nine ten eleven twelve twenty thirty ' +
    'forty fifty hundreds thousands millions billions dozens half none else ever never always sometimes whose whom now near nearly beside ' +
    'behind beyond despite outside inside amid besides except unlike versus toward onto upon throughout underneath ' +
    'aground abroad ahead apart aside away afloat alike alone aboard anyway anywhere somewhere everywhere nowhere elsewhere together ' +
    'biggest largest worst best greatest highest lowest latest earliest newest oldest strongest smallest longest fastest easiest hardest ' +
    'toughest deepest richest poorest closest nearest heaviest worse better bigger larger smaller ' +
    'january february april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'little much enough plenty several numerous ' +
    'rep sen gov gen col lt sgt capt prof jr sr inc corp ltd co mph').split(' '),
);
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const CONTRACTION = /['’](?:re|s|t|ll|ve|d|m)$/;
const PAST_FORM = /[^e]ed$/;
const PARTICIPLE = /[^aeiou]ing$/;
const ADVERB = /[^l]ly$/;
// Nouns that look like adverbs (the capitalized ones, "Italy", "Emily", are names anyway).
const LY_NOUNS = new Set(['family', 'supply', 'ally', 'rally', 'assembly', 'anomaly', 'monopoly', 'reply', 'belly', 'bully', 'jelly', 'fly', 'butterfly', 'tally', 'folly', 'lily', 'gully', 'melancholy']);
const PLURAL = /[^su]s$/;

// Adjectives that end an English run only as a predicate ("hopes alive", "becomes
// uncontrollable"): a noun phrase ends with its noun.
const PREDICATE_ADJECTIVE = /(?:ful|ous|less|able|ible)$/;
const PREDICATE_ADJECTIVES = new Set(['alive', 'aware', 'sure', 'ready', 'likely', 'unable', 'due', 'open', 'close', 'clear', 'free', 'full', 'safe', 'true', 'wary', 'deep', 'relevant', 'possible', 'available', 'responsible', 'moist', 'alone', 'fast', 'slow', 'late', 'early', 'worth', 'necessary', 'important', 'difficult', 'different', 'similar']);

/** Bits of {@link topicShape}. */
export const NEVER = 1;
export const ADVERB_WHEN_SMALL = 2;
export const PAST = 4;
export const PARTICIPLE_FORM = 8;
export const PLURAL_FORM = 16;
export const PREDICATE = 32;

/** What a lowercased word's spelling says (bits above; 0 for nothing, and outside English for all but contractions). */
const SPANISH_PRETERITE = /(?:[^aeiouáéíú]ó|aron|ieron|aban)$/;

export function topicShape(lower: string, lang: DigestLanguage | null): number {
  if (CONTRACTION.test(lower) && !lower.endsWith("'s") && !lower.endsWith('’s')) return NEVER;
  // Spanish preterites ("Nicaragua cerró", "WalletHub analizó", "Empresa anunció"): no noun or
  // adjective ends so, and after a noun they would join its phrase.
  if (lang === 'es') return lower.length > 4 && SPANISH_PRETERITE.test(lower) ? NEVER : 0;
  if (lang !== 'en') return 0;
  if (NOT_TOPICS_EN.has(lower) || IRREGULAR_VERBS.has(lower)) return NEVER;
  let shape = ADVERB.test(lower) && !LY_NOUNS.has(lower) ? ADVERB_WHEN_SMALL : 0;
  if (PREDICATE_ADJECTIVES.has(lower) || (lower.length > 5 && PREDICATE_ADJECTIVE.test(lower))) shape |= PREDICATE;
  if (lower.length > 3 && PAST_FORM.test(lower)) shape |= PAST;
  if (lower.length > 4) {
    if (PARTICIPLE.test(lower)) shape |= PARTICIPLE_FORM;
    if (PLURAL.test(lower)) shape |= PLURAL_FORM;
  }
  return shape;
}
