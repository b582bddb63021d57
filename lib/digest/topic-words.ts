// The candidate words of a sentence for topics: each word's stem, whether it is capitalized, in
// the title, after a determiner, or cut from the word before by punctuation (which ends a phrase).
import type { Sentence } from './digest-types';
import { wordFacts, type WordFacts } from './word-facts';
import type { WordToken } from '../text/tokenize-words';
import type { DigestLanguage } from '../text/digest-language';

// Determiners and possessives per language; a word after one is likely a noun, and nouns are
// what readers pick as keyphrases.
const DETERMINERS: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'of', 'this', 'that', 'these', 'those', 'my', 'your']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'ihr', 'ihre', 'dieser', 'diese', 'dieses']),
  fr: new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'de', 'su', 'sus', 'este', 'esta', 'estos', 'estas']),
};
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const CAPITAL = /^\p{Lu}/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

export interface Word {
  text: string;
  stem: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** The title has its stem. */
  inTitle: boolean;
  /** Position in the token stream. */
  position: number;
  /** True when the word before it is a determiner. */
  determined: boolean;
  gapBefore: boolean;
  sentenceStart: boolean;
}

/** True when something other than spaces and hyphens separates two words (punctuation breaks a phrase). */
function punctuationBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 160 && c !== 9 && c !== 10) return true;
  }
  return false;
}

/** What reading a sentence's words carries from one word to the next. */
interface WordReader {
  sentence: Sentence;
  offset: number;
  lang: DigestLanguage | null;
  titleStems: ReadonlySet<string>;
  determiners: ReadonlySet<string> | null;
  words: Word[];
  count: number;
  previousEnd: number;
  previousLower: string;
  previousWasCandidate: boolean;
}

/** The candidate words of a sentence (stop-words and numbers are only counted, never built), and
 *  how many words it has in all, for positions. */
export function wordsOf(sentence: Sentence, offset: number, lang: DigestLanguage | null, titleStems: ReadonlySet<string>): { words: Word[]; count: number } {
  const reader: WordReader = {
    sentence,
    offset,
    lang,
    titleStems,
    determiners: lang ? DETERMINERS[lang] : null,
    words: [],
    count: 0,
    previousEnd: -1,
    previousLower: '',
    previousWasCandidate: false,
  };
  const { tokens } = sentence;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const token = tokens[tokenIndex] as WordToken;
    if (!token.text.includes('-')) {
      readWord(reader, token.text, tokenIndex, token.start, tokenIndex === 0);
      continue;
    }
    // Hyphenated compounds count for each part ("Grammy-winning" is about the Grammy).
    let partStart = token.start;
    for (const part of token.text.split('-')) {
      if (part) readWord(reader, part, -1, partStart, tokenIndex === 0);
      partStart += part.length + 1;
    }
  }
  return { words: reader.words, count: reader.count };
}

/** Reads one word. `tokenIndex` is set for a whole token, whose lowercase form and facts are
 *  known; a part of a hyphenated word has neither. */
function readWord(reader: WordReader, partText: string, tokenIndex: number, start: number, sentenceStart: boolean): void {
  const { text, tokens, facts } = reader.sentence;
  const position = reader.offset + reader.count++;
  const punctuated = reader.previousEnd < 0 || punctuationBetween(text, reader.previousEnd, start);
  reader.previousEnd = start + partText.length;
  // Possessives fold into the word; dotted acronyms get back the period the tokenizer left ("U.S.").
  const possessive = partText.endsWith("'s") || partText.endsWith('’s');
  const stripped = possessive ? partText.slice(0, -2) : partText;
  const whole = possessive ? -1 : tokenIndex;
  const lower = whole >= 0 ? (tokens[whole] as WordToken).lower : stripped.toLowerCase();
  const determined = !!reader.determiners && !punctuated && reader.determiners.has(reader.previousLower);
  const gapBefore = punctuated || !reader.previousWasCandidate;
  reader.previousLower = lower;
  const stem = (whole >= 0 ? (facts[whole] as WordFacts) : wordFacts(lower, reader.lang)).topicStem;
  reader.previousWasCandidate = stem !== null;
  if (stem === null) return;
  const raw = stripped.includes('.') && DOTTED_ACRONYM.test(stripped) ? `${stripped}.` : stripped;
  reader.words.push({ text: raw, stem, capital: CAPITAL.test(raw), inTitle: reader.titleStems.has(stem), position, determined, gapBefore, sentenceStart });
}
