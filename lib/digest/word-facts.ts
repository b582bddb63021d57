// What the digest's steps need to know of a word, judged once per spelling and language and
// shared: sentence preparation, topics and audience each read every token of the article, and
// looking a word up once instead of once per step is part of what cut the digest's time by a
// third on the dev corpora.
import type { DigestLanguage } from '../text/digest-language';
import { stemWord } from '../text/stem-word';
import { isStopWord } from '../text/stop-words';
import { memoizeWords } from '../text/word-memo';
import { AUDIENCE_CUES } from './audience-cues';
import { topicShape } from './topic-word-shape';

export interface WordFacts {
  /** The lowercased word with a possessive "'s" dropped. */
  bare: string;
  /** Stem of `bare` when it is a content word; null for stop-words and numbers. */
  contentStem: string | null;
  /** Stem of the word when it can name a topic; null when it can't (see judgeTopicWord). */
  topicStem: string | null;
  /** What the word's spelling says for topics (bits of topic-word-shape.ts). */
  topicShape: number;
  /** `bare` is a one-word audience cue, or starts with a one-word prefix cue ("vendor*"). */
  audienceCue: boolean;
  /** `bare` is the first word of a multi-word audience cue ("machine" of "machine learning"). */
  opensAudienceCue: boolean;
}

const CUES = Object.values(AUDIENCE_CUES).flat();
const ONE_WORD_CUES = new Set(CUES.filter((cue) => !cue.includes(' ') && !cue.endsWith('*')));
const ONE_WORD_PREFIXES = CUES.filter((cue) => !cue.includes(' ') && cue.endsWith('*')).map((cue) => cue.slice(0, -1));
const CUE_OPENINGS = new Set(CUES.filter((cue) => cue.includes(' ')).map((cue) => cue.split(' ')[0] ?? ''));

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const DIGIT_FIRST = /^\d/;
const WEB_ADDRESS = /^www\.|\.(com|org|net|co|uk|de|fr|es)$/;
const MANNER_ADVERB = /(?:ally|ently|antly|ously|ively|arly|ably|ibly|edly|ingly|fully|lessly)$/;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
const NOT_LATIN = /[^\p{Script=Latin}\p{N}]/u;

/** True when a lowercased word can name a topic. */
export function judgeTopicWord(lower: string, lang: DigestLanguage | null): boolean {
  if (DIGIT_FIRST.test(lower) || lower.length > 30 || isStopWord(lower, lang)) return false;
  // Web addresses and manner adverbs ("particularly", "unsurprisingly") name no topic; the
  // suffixes are the adverb-making ones, so "family", "supply" and "Italy" stay.
  if (WEB_ADDRESS.test(lower) || MANNER_ADVERB.test(lower)) return false;
  // Japanese written in hiragana alone is grammar (particles, endings: です, ます), not a topic.
  if (HIRAGANA_ONLY.test(lower)) return false;
  // Latin-script words under three letters are abbreviations or particles; CJK words are short.
  return NOT_LATIN.test(lower) ? lower.length >= 2 : lower.length >= 3;
}

/** The facts of a lowercased word (as `tokenizeWords` gives it) in `lang`. */
export const wordFacts = memoizeWords((lower, lang): WordFacts => {
  const bare = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  return {
    bare,
    contentStem: isStopWord(bare, lang) || DIGIT_FIRST.test(bare) ? null : stemWord(bare, lang),
    topicStem: judgeTopicWord(lower, lang) ? stemWord(lower, lang) : null,
    topicShape: topicShape(lower.replaceAll('’', "'"), lang),
    audienceCue: ONE_WORD_CUES.has(bare) || ONE_WORD_PREFIXES.some((prefix) => bare.startsWith(prefix)),
    opensAudienceCue: CUE_OPENINGS.has(bare),
  };
});
