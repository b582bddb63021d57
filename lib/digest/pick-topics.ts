// Topics: 5-10 keyphrases. Words are ranked by how often they recur, how long they are (long
// words are specific), how early they first appear, whether the title has them, how often a
// determiner precedes them (nouns) and how often they open a sentence (subjects): the features
// that separated crowd-picked keyphrases from other words on news text, each kept only when it
// held up on both halves of the dev corpus. Names ("Amazon Supply Chain Services") and the
// title's own phrases join as multi-word topics. Boilerplate sentences never contribute.
import type { Choice, DigestContext } from './digest-types';
import { wordsOf, type Word } from './topic-words';
import { stemWord } from '../text/stem-word';
import { tokenizeWords } from '../text/tokenize-words';

const MAX_TOPICS = 10;
/** Words read for topics: a book-length page names its subjects well before its 25,000th word,
 *  and reading further only makes the step the slowest of the digest. */
export const TOPIC_WORD_LIMIT = 25_000;

const MIN_PHRASE_COUNT = 2;
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

/** Counts the names and title phrases (two or three words) in a run of words no punctuation cuts.
 *  A module function, like the scoring below, not an arrow per sentence: V8 drops a closure's
 *  optimized code once the closure is garbage, and each digest would start it cold again. */
function countPhrases(run: readonly Word[], phrases: Map<string, Candidate>): void {
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
}

/** The title has every part of the candidate. */
function allInTitle(candidate: Candidate, titleStems: ReadonlySet<string>): boolean {
  for (const part of candidate.parts) if (!titleStems.has(part)) return false;
  return true;
}

function scoreOf(c: Candidate, titleStems: ReadonlySet<string>): number {
  return (
    Math.log(c.count) +
    0.25 * Math.min(c.key.length, 9) -
    0.05 * Math.log(1 + c.first) +
    (allInTitle(c, titleStems) ? 0.3 : 0) -
    0.3 * (c.capitalized / c.count) +
    0.5 * Math.log(1 + c.determined) +
    0.3 * (c.initial / c.count)
  );
}

/** Best score first; plain code-unit order breaks ties: deterministic, and far cheaper than
 *  localeCompare on long pages. */
function byScoreThenKey(a: { candidate: Candidate; score: number }, b: { candidate: Candidate; score: number }): number {
  return b.score - a.score || (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0);
}

/** A word seen only inside a chosen name ("San" of "San Francisco") is that name, not a topic. */
function coveredBy(single: Candidate, phrase: Candidate): boolean {
  return phrase.parts.includes(single.key) && single.count <= phrase.count;
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
    // Only the language-neutral path reads how many sentences hold a word.
    const inSentence = lang ? null : new Set<string>();
    for (const word of words) {
      if (word.gapBefore) {
        countPhrases(run, phrases);
        run = [];
      }
      const single = bump(singles, word.stem, word.text, word.position, !word.sentenceStart && word.capital, word.sentenceStart);
      if (word.determined) single.determined++;
      inSentence?.add(word.stem);
      run.push(word);
    }
    countPhrases(run, phrases);
    for (const stem of inSentence ?? []) sentenceCount.set(stem, (sentenceCount.get(stem) ?? 0) + 1);
  }
  const usableSentences = Math.max(1, context.sentences.length);
  const ranked: { candidate: Candidate; score: number }[] = [];
  for (const candidate of singles.values()) {
    // Without a stop-word list (other languages), words in most sentences are function words.
    if (!lang && usableSentences >= 6 && (sentenceCount.get(candidate.key) ?? 0) > usableSentences / 2) continue;
    ranked.push({ candidate, score: scoreOf(candidate, titleStems) });
  }
  for (const candidate of phrases.values()) {
    if (candidate.count < MIN_PHRASE_COUNT) continue;
    // Without a part-of-speech tagger, a run of content words is a sound phrase when it is a name
    // ("Amazon Supply Chain Services") or the title says it; "maintaining platform" is neither.
    const isName = candidate.capitalized * 2 >= candidate.count;
    if (!isName && !allInTitle(candidate, titleStems)) continue;
    let best = Infinity;
    for (const part of candidate.parts) {
      const single = singles.get(part);
      if (single) best = Math.min(best, scoreOf(single, titleStems));
    }
    ranked.push({ candidate, score: best + 0.1 * Math.log(candidate.count) });
  }
  ranked.sort(byScoreThenKey);
  const picked: { candidate: Candidate; score: number; form: string }[] = [];
  const seen = new Set<string>();
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
