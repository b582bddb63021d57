// Topics: 5-10 keyphrases. Words are ranked by how often they recur, how long they are (long
// words are specific), how early they first appear, whether the title has them, how often a
// determiner precedes them (nouns) and how often they open a sentence (subjects): the features
// that separated crowd-picked keyphrases from other words on news text, each kept only when it
// held up on both halves of the dev corpus. Names ("Amazon Supply Chain Services") and the
// title's own phrases join as multi-word topics. Boilerplate sentences never contribute.
import type { Choice, DigestContext, Sentence } from './digest-types';
import { wordFacts, type WordFacts } from './word-facts';
import { stemWord } from '../text/stem-word';
import { tokenizeWords, type WordToken } from '../text/tokenize-words';
import type { DigestLanguage } from '../text/digest-language';

const MAX_TOPICS = 10;
/** Words read for topics: a book-length page names its subjects well before its 25,000th word,
 *  and reading further only makes the step the slowest of the digest. */
export const TOPIC_WORD_LIMIT = 25_000;

// Determiners and possessives per language; a word after one is likely a noun, and nouns are
// what readers pick as keyphrases.
const DETERMINERS: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'of', 'this', 'that', 'these', 'those', 'my', 'your']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'ihr', 'ihre', 'dieser', 'diese', 'dieses']),
  fr: new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'de', 'su', 'sus', 'este', 'esta', 'estos', 'estas']),
};
const MIN_PHRASE_COUNT = 2;
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const CAPITAL = /^\p{Lu}/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Sentences that name no topic: page furniture, repeats and stray short lines ("Log In", menu items). */
const NO_TOPICS = /^(boilerplate|author bio|repeat|too short|list stub|fragment)/;

interface Candidate {
  key: string;
  count: number;
  /** Occurrences right after a determiner ("the", "der", "les"...): the mark of a noun. */
  determined: number;
  /** Occurrences opening a sentence: where news puts its subjects. */
  initial: number;
  first: number;
  capitalized: number;
  forms: FormCount[];
  /** Forms seen away from a sentence start, where capitals mean a name rather than grammar. */
  midForms: FormCount[];
  parts: string[];
}

interface Word {
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
function wordsOf(sentence: Sentence, offset: number, lang: DigestLanguage | null, titleStems: ReadonlySet<string>): { words: Word[]; count: number } {
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

/** Counts one occurrence; `parts` (a phrase's stems, copied when it is new) defaults to the key alone. */
function bump(map: Map<string, Candidate>, key: string, form: string, position: number, capitalized: boolean, sentenceStart: boolean, parts?: readonly string[]): Candidate {
  let candidate = map.get(key);
  if (!candidate) {
    candidate = { key, count: 0, determined: 0, initial: 0, first: position, capitalized: 0, forms: [], midForms: [], parts: parts ? [...parts] : [key] };
    map.set(key, candidate);
  }
  candidate.count++;
  if (capitalized) candidate.capitalized++;
  countForm(candidate.forms, form);
  if (!sentenceStart) countForm(candidate.midForms, form);
  else candidate.initial++;
  return candidate;
}

/** A spelling and how often it was seen. A word has a few spellings ("Amazon", "amazon"), so a
 *  list scanned in place costs less than a map: this is counted for every word of the page. */
type FormCount = [form: string, count: number];

function countForm(forms: FormCount[], form: string): void {
  for (const entry of forms) {
    if (entry[0] === form) {
      entry[1]++;
      return;
    }
  }
  forms.push([form, 1]);
}

function mostFrequent(forms: readonly FormCount[]): string | undefined {
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** How the topic is written: its usual form mid-sentence ("Amazon", "inference"), else its usual form. */
function displayForm(candidate: Candidate): string {
  return mostFrequent(candidate.midForms) ?? mostFrequent(candidate.forms) ?? candidate.key;
}

export function pickTopics(context: DigestContext): { topics: string[]; choices: Choice[] } {
  const { lang } = context;
  const singles = new Map<string, Candidate>();
  const phrases = new Map<string, Candidate>();
  let offset = 0;
  const sentenceCount = new Map<string, number>();
  const titleStems = new Set(tokenizeWords(context.article.title).map((t) => stemWord(t.lower, lang)));
  for (const sentence of context.sentences) {
    if (offset >= TOPIC_WORD_LIMIT) break;
    // Headings name topics; page furniture and stray lines don't.
    if (sentence.unusable && NO_TOPICS.test(sentence.unusable)) continue;
    const { words, count } = wordsOf(sentence, offset, lang, titleStems);
    offset += count;
    let run: Word[] = [];
    const flush = () => {
      // Keys are built by appending, not by slicing the run: a page without punctuation is one long run.
      for (let i = 0; i + 1 < run.length; i++) {
        const first = run[i] as Word;
        let capitalized = first.capital;
        let inTitle = first.inTitle;
        // Only names and the title's own phrases can become topics (see below), so only they are
        // counted: counting every pair of a long page cost more than the rest of the step. Both
        // tests only ever turn false as a phrase grows, so the first miss ends it.
        if (!capitalized && !inTitle) continue;
        let key = first.stem;
        let form = first.text;
        const parts = [first.stem];
        for (let n = 1; n < 3 && i + n < run.length; n++) {
          const next = run[i + n] as Word;
          capitalized &&= next.capital;
          inTitle &&= next.inTitle;
          if (!capitalized && !inTitle) break;
          key += ` ${next.stem}`;
          form += ` ${next.text}`;
          parts.push(next.stem);
          bump(phrases, key, form, first.position, capitalized, first.sentenceStart, parts);
        }
      }
      run = [];
    };
    // Only the language-neutral path reads how many sentences hold a word.
    const inSentence = lang ? null : new Set<string>();
    for (const word of words) {
      if (word.gapBefore) flush();
      const single = bump(singles, word.stem, word.text, word.position, !word.sentenceStart && word.capital, word.sentenceStart);
      if (word.determined) single.determined++;
      inSentence?.add(word.stem);
      run.push(word);
    }
    flush();
    for (const stem of inSentence ?? []) sentenceCount.set(stem, (sentenceCount.get(stem) ?? 0) + 1);
  }
  const usableSentences = Math.max(1, context.sentences.length);
  const scoreOf = (c: Candidate): number =>
    Math.log(c.count) +
    0.25 * Math.min(c.key.length, 9) -
    0.05 * Math.log(1 + c.first) +
    (c.parts.every((p) => titleStems.has(p)) ? 0.3 : 0) -
    0.3 * (c.capitalized / c.count) +
    0.5 * Math.log(1 + c.determined) +
    0.3 * (c.initial / c.count);
  const ranked: { candidate: Candidate; score: number }[] = [];
  for (const candidate of singles.values()) {
    // Without a stop-word list (other languages), words in most sentences are function words.
    if (!lang && usableSentences >= 6 && (sentenceCount.get(candidate.key) ?? 0) > usableSentences / 2) continue;
    ranked.push({ candidate, score: scoreOf(candidate) });
  }
  for (const candidate of phrases.values()) {
    if (candidate.count < MIN_PHRASE_COUNT) continue;
    // Without a part-of-speech tagger, a run of content words is a sound phrase when it is a name
    // ("Amazon Supply Chain Services") or the title says it; "maintaining platform" is neither.
    const isName = candidate.capitalized * 2 >= candidate.count;
    if (!isName && !candidate.parts.every((p) => titleStems.has(p))) continue;
    const parts = candidate.parts.map((p) => singles.get(p)).filter((c): c is Candidate => !!c);
    const best = Math.min(...parts.map(scoreOf));
    ranked.push({ candidate, score: best + 0.1 * Math.log(candidate.count) });
  }
  // Plain code-unit order breaks ties: deterministic, and far cheaper than localeCompare on long pages.
  ranked.sort((a, b) => b.score - a.score || (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0));
  const picked: { candidate: Candidate; score: number; form: string }[] = [];
  const seen = new Set<string>();
  // A word seen only inside a chosen name ("San" of "San Francisco") is that name, not a topic.
  const coveredBy = (single: Candidate, phrase: Candidate) => phrase.parts.includes(single.key) && single.count <= phrase.count;
  for (const { candidate, score } of ranked) {
    if (picked.length >= MAX_TOPICS) break;
    const form = displayForm(candidate);
    if (seen.has(form.toLocaleLowerCase())) continue;
    if (candidate.parts.length > 1) {
      // "unassailable infrastructure" and "infrastructure position" are one topic, not two.
      if (picked.some((p) => p.candidate.parts.length > 1 && p.candidate.parts.some((part) => candidate.parts.includes(part)))) continue;
      for (let i = picked.length - 1; i >= 0; i--) {
        const single = picked[i]?.candidate;
        if (single && single.parts.length === 1 && coveredBy(single, candidate)) picked.splice(i, 1);
      }
    } else if (picked.some((p) => p.candidate.parts.length > 1 && coveredBy(candidate, p.candidate))) {
      continue;
    }
    seen.add(form.toLocaleLowerCase());
    picked.push({ candidate, score, form });
  }
  const topics = picked.map((p) => p.form);
  const choices: Choice[] = picked.map(({ candidate, score, form }) => ({
    step: 'topics',
    reason: `${candidate.count}× from position ${candidate.first}, score ${score.toFixed(2)}`,
    text: form,
  }));
  return { topics, choices };
}
