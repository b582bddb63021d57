// Topics: up to 10 noun phrases a reader would file the article under ("oil spill", "Exxon
// Valdez", "Census Bureau"). Candidates are the noun phrases of the page (topic-words.ts) and
// their heads; a phrase is ranked by how often it recurs whole, how frequent its words are on
// the page, how early it first appears, whether the title says it and whether it is a name
// (the position and frequency signals of PositionRank and MultipartiteRank). Plural and case
// variants share one key (their stems); a fragment of a chosen phrase is dropped, and so are
// the byline's name, a common word alone that the title does not name and a word every reader
// knows alone (familiar-words.ts). Boilerplate sentences never contribute. A page in a language
// the digest has no rules for is cut at its stop-word list's words, or, with no list, at the
// function words its own sentences show (page-stop-words.ts).
//
// A part-of-speech tagger would cut cleaner phrases, but the ones that ship their data on npm
// cost more per word than the whole digest (wink-nlp with its English model: ~12 ms a 1,000-word
// page here and an 830 KB gzip model; compromise: ~300 ms), and the digest must stay near plain
// Readability's time (bench part 1), so the phrases come from closed word classes and the page's
// own evidence instead.
import type { Choice, DigestContext } from './digest-types';
import { emptyEvidence, gatherEvidence, phrasesOf, type Phrase, type PhraseWord, type WordEvidence } from './topic-words';
import { stemWord } from '../text/stem-word';
import { tokenizeWords } from '../text/tokenize-words';
import { otherStopWords } from '../text/other-stop-words';
import { pageStopWords } from './page-stop-words';
import { isStopWord } from '../text/stop-words';
import { isFamiliarStem } from '../text/familiar-words';
import { wordFacts } from './word-facts';
import { headingCase } from './topic-case';

const MAX_TOPICS = 10;
/** Past the first three, a topic must score at least this: below it the phrases are mostly vague
 *  ones seen once ("Final Numbers", "Vibrant Portfolio", "Shirtless Man") or passing mentions,
 *  and in the card empty beats wrong. On the dev keyphrase corpora the cut raised DUC-2001 F1@10
 *  (0.334 -> 0.343); letting it start after three topics rather than five (a short page's fourth
 *  and fifth were mostly such phrases) left that figure within 0.001. */
const MIN_TOPIC_SCORE = -0.6;
const MIN_TOPICS = 3;
/** Shorter topics are abbreviations or fragments ("AP", "KI"); longer phrases keep them ("AI Chips"). */
const MIN_TOPIC_CHARS = 3;
/** Words read for topics: a book-length page names its subjects well before its 25,000th word,
 *  and reading further only makes the step the slowest of the digest. */
export const TOPIC_WORD_LIMIT = 25_000;
/** Longer runs are headline fragments or lists, not one phrase; a name may be one longer
 *  ("New York State Attorney General"). */
const MAX_PHRASE_WORDS = 4;
const MAX_NAME_WORDS = 5;
/** Sentences that name no topic: page furniture, repeats and stray short lines ("Log In", menu items). */
const NO_TOPICS = /^(boilerplate|author bio|contact address|repeat|too short|list stub|fragment)/;

/** A spelling and how often it was seen; a phrase has few, so a list beats a map. */
type FormCount = [form: string, count: number];

interface Candidate {
  key: string;
  stems: string[];
  count: number;
  first: number;
  /** Occurrences whose capitals could be read (not a sentence start or a heading)... */
  caseKnown: number;
  /** ...and of those, how many had every word capitalized: a name. */
  named: number;
  /** Times right after a determiner. */
  determined: number;
  forms: FormCount[];
  /** Seen at least twice, only where case says nothing, never written small, in the title (see neverSmall). */
  capitalizedAlways: boolean;
  score: number;
}

interface WordStat {
  count: number;
  /** Times the word ended a phrase of two or more words, or stood alone after a determiner: a noun. */
  heads: number;
  /** Times it was written small away from a sentence start. */
  small: number;
  /** A word every reader knows (English only; see familiar-words.ts). */
  familiar: boolean;
}

function countForm(forms: FormCount[], form: string): void {
  for (const entry of forms) {
    if (entry[0] === form) {
      entry[1]++;
      return;
    }
  }
  forms.push([form, 1]);
}

function mostFrequent(forms: readonly FormCount[]): string {
  let best: FormCount | undefined;
  for (const entry of forms) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0] ?? '';
}

/** Counts one phrase and its words. A module function, not an arrow per sentence: V8 drops a
 *  closure's optimized code once the closure is garbage, and each digest would start it cold. */
function countPhrase(phrase: Phrase, candidates: Map<string, Candidate>, words: Map<string, WordStat>, lang: DigestContext['lang']): void {
  let list = phrase.words;
  if (list.length > MAX_PHRASE_WORDS) {
    const allNames = list.length <= MAX_NAME_WORDS && list.every((w) => w.name || w.join);
    if (!allNames) list = list.slice(list.length - MAX_PHRASE_WORDS);
  }
  // A joining word never opens a phrase ("of America"), but an abbreviation may ("St. Louis").
  while (list.length > 0 && (list[0] as PhraseWord).join && !(list[0] as PhraseWord).text.endsWith('.')) list = list.slice(1);
  let key = '';
  let form = '';
  let caseKnown = true;
  let named = true;
  for (let i = 0; i < list.length; i++) {
    const word = list[i] as PhraseWord;
    key += i ? ` ${word.stem}` : word.stem;
    form += i && word.spaced ? ` ${word.text}` : word.text;
    if (word.caseUnknown) caseKnown = false;
    if (!word.join && !word.name) named = false;
    if (word.join) continue;
    let stat = words.get(word.stem);
    if (!stat) {
      stat = { count: 0, heads: 0, small: 0, familiar: lang === 'en' && isFamiliarStem(word.stem) };
      words.set(word.stem, stat);
    }
    stat.count++;
    if (!word.caseUnknown && !word.name) stat.small++;
  }
  const last = list[list.length - 1] as PhraseWord;
  if (list.length > 1 || phrase.determined) (words.get(last.stem) as WordStat).heads++;
  countCandidate(candidates, key, list, form, phrase, caseKnown, named);
  // A phrase's head is a candidate too ("spill" of "oil spill", "tanker spill"): a page that
  // names its subject in many phrases makes it a topic alone.
  const head = headOf(list, lang);
  if (list.length > 1 && head && !head.name) countCandidate(candidates, head.stem, [head], head.text, phrase, caseKnown && !head.caseUnknown, false);
}

/** The noun a phrase is about: its last word, but its first in French and Spanish ("énergie solaire"). */
function headOf(list: readonly PhraseWord[], lang: DigestContext['lang']): PhraseWord | undefined {
  return lang === 'fr' || lang === 'es' ? list[0] : list[list.length - 1];
}

function countCandidate(candidates: Map<string, Candidate>, key: string, list: readonly PhraseWord[], form: string, phrase: Phrase, caseKnown: boolean, named: boolean): void {
  let candidate = candidates.get(key);
  if (!candidate) {
    candidate = { key, stems: list.filter((w) => !w.join).map((w) => w.stem), count: 0, first: phrase.position, caseKnown: 0, named: 0, determined: 0, forms: [], capitalizedAlways: false, score: 0 };
    candidates.set(key, candidate);
  }
  candidate.count++;
  if (phrase.determined) candidate.determined++;
  if (caseKnown) {
    candidate.caseKnown++;
    if (named) candidate.named++;
    countForm(candidate.forms, form);
  } else if (candidate.caseKnown === 0) {
    countForm(candidate.forms, form);
  }
}

/** Most of its readable occurrences are capitalized; or it recurs only where capitals say nothing
 *  (sentence starts, headings) and the page never writes its words small ("Amazon’s strategy..."). */
function isName(c: Candidate): boolean {
  if (c.caseKnown > 0) return c.named * 2 >= c.caseKnown;
  return c.capitalizedAlways;
}

/** What a phrase's length says: two words is the usual keyphrase, four is usually a run a verb
 *  should have cut. A single word is a name or a rare noun of the title (see nounEnough). */
const LENGTH_WEIGHT = [0, 0.3, 0.53, -0.43, -1.9];
/** A phrase of familiar words only ("little bit", "famous example", "parent company") is usually
 *  a vague one; recurring or in the title, it can still rank. */
const ALL_FAMILIAR_WEIGHT = -0.5;

/**
 * How likely a reader files the article under the phrase: a logistic fit on the dev keyphrase
 * corpora (DUC-2001 multi-word keys, and the crowd's mostly single words at a tenth of the
 * weight), kept because weights fitted on either half scored the other half alike. Recurring
 * whole, made of the page's frequent words, early, in the title, a name: more; seen only where
 * capitals say nothing (sentence starts, headings): less.
 */
function scoreOf(c: Candidate, words: ReadonlyMap<string, WordStat>, titleStems: ReadonlySet<string>): number {
  let wordFrequency = 0;
  let inTitle = 0;
  let familiar = 0;
  for (const stem of c.stems) {
    const stat = words.get(stem) as WordStat;
    wordFrequency += Math.log(1 + stat.count);
    if (titleStems.has(stem)) inTitle++;
    if (stat.familiar) familiar++;
  }
  const n = c.stems.length;
  return (
    0.21 * Math.log(c.count) +
    (LENGTH_WEIGHT[Math.min(n, 4)] as number) +
    0.5 * wordFrequency -
    0.53 * Math.log(1 + c.first) +
    0.135 * (inTitle / n) +
    (isName(c) ? 0.2 : 0) -
    (c.caseKnown === 0 && !c.capitalizedAlways ? 0.36 : 0) +
    0.064 * (c.determined / c.count) +
    (n > 1 && familiar === n ? ALL_FAMILIAR_WEIGHT : 0)
  );
}

// English adjective endings: such a word alone is a topic only where the page also uses it as a noun.
const ADJECTIVE_EN = /(?:al|ous|ive|ic|ful|less|able|ible|ary|ish|ent|ant)$/;

// Module constant: V8 recompiles a literal inside a function after major garbage collections.
const STARTS_CAPITALIZED = /^\p{Lu}/u;

function neverSmall(c: Candidate, words: ReadonlyMap<string, WordStat>, titleStems: ReadonlySet<string>): boolean {
  if (!STARTS_CAPITALIZED.test(mostFrequent(c.forms))) return false;
  for (const stem of c.stems) if ((words.get(stem) as WordStat).small > 0 || !titleStems.has(stem)) return false;
  return true;
}

// Module constant: V8 recompiles a literal inside a function after major garbage collections.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
/** A German noun this long is a compound, specific enough alone ("Wasserstoffwirtschaft"). */
const GERMAN_COMPOUND_CHARS = 10;

/** A single word is a topic only when it is a name, or a noun of the title that is not a word
 *  every reader knows ("stabbing", "tuberculosis"; not "man", "game"), and the page uses it as a
 *  noun or nothing says it is an adjective. */
function nounEnough(c: Candidate, words: ReadonlyMap<string, WordStat>, lang: DigestContext['lang'], titleStems: ReadonlySet<string>): boolean {
  if (c.stems.length > 1) return true;
  // The word's stem: the key also holds an abbreviation that opens the name ("Mt. Everest").
  const stem = c.stems[0] as string;
  // English function words turn up on pages of every language (and on mislabelled ones).
  if (isStopWord(mostFrequent(c.forms).toLowerCase(), 'en')) return false;
  // German capitalizes every noun, so there a capital says nothing; an article before the word
  // does ("die Studie", "der Mensch"), and a name seldom takes one ("Köln"). A common noun alone
  // is generic on any card ("Zeit", "Studie") unless it is a compound ("Kernfusion",
  // "Photovoltaikanlage") the title names or the page keeps returning to.
  if (lang === 'de' && c.determined > 0 && !ACRONYM.test(mostFrequent(c.forms))) {
    return mostFrequent(c.forms).length >= GERMAN_COMPOUND_CHARS && (titleStems.has(stem) || c.count >= 3);
  }
  // A capitalized word the page also writes small ("President Trump", "the president") is a common word.
  if (isName(c) && (words.get(stem) as WordStat).small === 0) return true;
  // A common word alone ("company", "game", "president") is the article's subject only when its
  // title says so ("stabbing", "pineapple"); otherwise it is a generic word on any card.
  if (!titleStems.has(stem) || (words.get(stem) as WordStat).familiar) return false;
  if ((words.get(stem) as WordStat).heads > 0) return true;
  return lang === 'en' && !ADJECTIVE_EN.test(mostFrequent(c.forms).toLowerCase());
}

/** A candidate as it would be shown, and that form lowercased to its words, for comparing. */
interface Pick {
  candidate: Candidate;
  shown: string;
  norm: string;
}

// Module constant: V8 recompiles a literal inside a function after major garbage collections.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function pickOf(candidate: Candidate, lang: DigestContext['lang']): Pick {
  const shown = displayForm(candidate, lang);
  return { candidate, shown, norm: shown.toLocaleLowerCase().replace(NOT_WORD, ' ').trim() };
}

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const LONG_CAPITALS_WORD = /\b\p{Lu}{7,}\b/u;
const CAPITALS_PHRASE = /^\p{Lu}[\p{Lu}\p{N}.&'’-]*(?: \p{Lu}[\p{Lu}\p{N}.&'’-]*)+$/u;

/** Written in capitals as no name is: a phrase ("DEAR ABBY", "GIRLS BASKETBALL"), or a long word
 *  seen once or twice, first in the article's opening: its dateline ("WASHINGTON (AP) —"). A brand
 *  in capitals ("ENERTRAG") recurs or stands later; an acronym is short ("NASA", "NPHET"). */
function shouted(pick: Pick): boolean {
  if (CAPITALS_PHRASE.test(pick.shown)) return true;
  return LONG_CAPITALS_WORD.test(pick.shown) && pick.candidate.count <= 2 && pick.candidate.first < DATELINE_WORDS;
}
/** A dateline stands in an article's first sentence. */
const DATELINE_WORDS = 30;

/** Two names for one person: "President Trump" beside "President Donald Trump" (the same last
 *  word, one the page never writes small, and the shorter's words all in the longer). Not in
 *  German, whose capitals mark every noun, not names. */
function sameName(a: Pick, b: Pick, words: ReadonlyMap<string, WordStat>): boolean {
  if (!isName(a.candidate) || !isName(b.candidate)) return false;
  const [short, long] = a.candidate.stems.length <= b.candidate.stems.length ? [a.candidate.stems, b.candidate.stems] : [b.candidate.stems, a.candidate.stems];
  const last = short[short.length - 1] as string;
  if (short.length < 2 || last !== long[long.length - 1] || (words.get(last) as WordStat).small > 0) return false;
  return short.every((stem) => long.includes(stem));
}

/** The same words in another order: "Changing Climate" beside "Climate Change". */
function sameWords(a: Pick, b: Pick): boolean {
  const x = a.candidate.stems;
  const y = b.candidate.stems;
  if (x.length !== y.length || x.length < 2) return false;
  const sorted = [...y].sort();
  return [...x].sort().every((stem, i) => stem === sorted[i]);
}

/** `part` is a fragment of `whole`, by stems or as shown: "oil" of "oil spill", "Trump" of "Donald Trump". */
function fragmentOf(part: Pick, whole: Pick): boolean {
  if (part.norm.length < whole.norm.length && ` ${whole.norm} `.includes(` ${part.norm} `)) return true;
  const a = part.candidate.stems;
  const b = whole.candidate.stems;
  return a.length < b.length && ` ${b.join(' ')} `.includes(` ${a.join(' ')} `);
}

function displayForm(c: Candidate, lang: DigestContext['lang']): string {
  const written = mostFrequent(c.forms);
  return isName(c) ? written : headingCase(written, c.caseKnown > 0, lang);
}

export function pickTopics(context: DigestContext): { topics: string[]; choices: Choice[] } {
  // The language the whole digest reads the page in (its text's, when the tag says otherwise).
  const { lang } = context;
  let otherStops = lang ? null : otherStopWords(context.article.lang);
  const evidence: WordEvidence | null = lang ? emptyEvidence() : null;
  const usable = [];
  let read = 0;
  for (const sentence of context.sentences) {
    if (read >= TOPIC_WORD_LIMIT) break;
    read += sentence.tokens.length;
    // Headings name topics; page furniture and stray lines don't.
    if (sentence.unusable && NO_TOPICS.test(sentence.unusable)) continue;
    usable.push(sentence);
    if (lang && evidence) gatherEvidence(sentence, lang, evidence);
  }
  if (!lang && !otherStops) otherStops = pageStopWords(usable);
  const candidates = new Map<string, Candidate>();
  const words = new Map<string, WordStat>();
  let offset = 0;
  for (const sentence of usable) {
    const { phrases, count } = phrasesOf(sentence, offset, lang, evidence, otherStops);
    offset += count;
    for (const phrase of phrases) countPhrase(phrase, candidates, words, lang);
  }
  const titleStems = stemsOf(context.article.title, lang);
  const bylineWords = stemsOf(context.article.byline ?? '', lang);
  const ranked: Candidate[] = [];
  for (const candidate of candidates.values()) {
    if (candidate.caseKnown === 0 && candidate.count >= 2) candidate.capitalizedAlways = neverSmall(candidate, words, titleStems);
    candidate.score = scoreOf(candidate, words, titleStems);
    ranked.push(candidate);
  }
  ranked.sort(byScoreThenKey);
  const picked: Pick[] = [];
  for (const candidate of ranked) {
    if (picked.length >= MAX_TOPICS || (picked.length >= MIN_TOPICS && candidate.score < MIN_TOPIC_SCORE)) break;
    // Judged here, on the few best, rather than on every candidate of a long page.
    if (!nounEnough(candidate, words, lang, titleStems)) continue;
    // The author's name is the byline's, not the article's subject.
    if (candidate.stems.every((stem) => bylineWords.has(stem))) continue;
    const pick = pickOf(candidate, lang);
    if (pick.norm.replaceAll(' ', '').length < MIN_TOPIC_CHARS) continue;
    if (shouted(pick)) continue;
    if (picked.some((p) => p.norm === pick.norm || fragmentOf(pick, p) || sameWords(pick, p) || (lang !== 'de' && sameName(pick, p, words)))) continue;
    // A longer phrase holding a chosen one replaces it when it is most of that one's uses.
    const parts = picked.filter((p) => fragmentOf(p, pick));
    if (parts.some((p) => candidate.count * 2 < p.candidate.count)) continue;
    for (const part of parts) picked.splice(picked.indexOf(part), 1);
    picked.push(pick);
  }
  picked.sort((a, b) => byScoreThenKey(a.candidate, b.candidate));
  const topics = picked.map((p) => p.shown);
  const choices: Choice[] = picked.map(({ candidate: c, shown }) => ({
    step: 'topics',
    reason: `${isName(c) ? 'name' : 'noun phrase'} ${c.count}× from word ${c.first}, score ${c.score.toFixed(2)}`,
    text: shown,
  }));
  return { topics, choices };
}

/** The stems of a line's words, possessives dropped ("Amazon's" is "amazon"). */
function stemsOf(line: string, lang: DigestContext['lang']): Set<string> {
  return new Set(tokenizeWords(line).map((t) => stemWord(wordFacts(t.lower, lang).bare, lang)));
}

/** Best score first; plain code-unit order breaks ties: deterministic, and far cheaper than
 *  localeCompare on long pages. */
function byScoreThenKey(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
