// The noun phrases of a sentence, the candidates for topics. There is no part-of-speech tagger
// here (the taggers that ship their data on npm cost more than the whole digest per word, see
// pick-topics.ts), so a phrase is cut the way a chunker would from what is cheap to know: runs of
// content words split at stop-words, numbers and punctuation; English verbs told by their form
// (an "-ed" word after a noun, an irregular past) and by the words before them across the page
// (after "to", "will", "they": a verb; after "the": a noun); German nouns by their capital.
import type { Sentence } from './digest-types';
import { wordFacts, type WordFacts } from './word-facts';
import type { WordToken } from '../text/tokenize-words';
import type { DigestLanguage } from '../text/digest-language';
import { stemWord } from '../text/stem-word';
import { ADVERB_WHEN_SMALL, NEVER, PARTICIPLE_FORM, PAST, PLURAL_FORM, PREDICATE } from './topic-word-shape';

// Determiners and possessives per language; a word after one is likely a noun.
const DETERMINERS: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'my', 'your']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'ihr', 'ihre', 'dieser', 'diese', 'dieses']),
  fr: new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'su', 'sus', 'este', 'esta', 'estos', 'estas']),
};
// Words after which a lowercase word is a verb: infinitive marker, modals and auxiliaries, subject
// pronouns, negation. Closed classes of each language, not a list of topics.
const VERB_CUES: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'not', "n't", 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'it']),
  de: new Set(['ich', 'du', 'er', 'wir', 'man', 'zu', 'nicht', 'wird', 'werden', 'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'hat', 'haben', 'ist', 'sind']),
  fr: new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ne', 'se', 'a', 'ont', 'ai', 'avait', 'avaient', 'va', 'vont', 'peut', 'peuvent', 'doit', 'doivent']),
  es: new Set(['se', 'no', 'lo', 'le', 'les', 'me', 'te', 'nos', 'ha', 'han', 'he', 'había', 'habían', 'va', 'van', 'puede', 'pueden', 'debe', 'deben']),
};
// Articles that open a noun phrase and never follow a noun inside one: a lowercase word right
// before one is a verb or a preposition ("the memo reveals the", "change le travail"). The
// contractions with "de" and "à" ("des", "du", "del") do follow nouns, so they are not here.
const ARTICLES: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']),
  de: new Set(),
  fr: new Set(['le', 'la', 'les', 'un', 'une']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una']),
};
// Bits of a cue word: what the word after it is (a verb, a noun), and whether it is an article
// (which the word before it is not a noun of, see ARTICLES).
const VERB_CUE = 1;
const NOUN_CUE = 2;
const ARTICLE = 4;
function cueMap(lang: DigestLanguage): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const word of DETERMINERS[lang]) map.set(word, NOUN_CUE);
  for (const word of VERB_CUES[lang]) map.set(word, VERB_CUE);
  for (const word of ARTICLES[lang]) map.set(word, (map.get(word) ?? 0) | ARTICLE);
  return map;
}
/** Verb cues, determiners and articles of each language in one map: one lookup per word. */
const CUES: Record<DigestLanguage, ReadonlyMap<string, number>> = { en: cueMap('en'), de: cueMap('de'), fr: cueMap('fr'), es: cueMap('es') };
/** "Calif.", "Tenn.", "St.": longer words with a period inside a sentence are rarer than a missed sentence end. */
const MAX_ABBREVIATION_CHARS = 5;
// Lowercase words that join two parts of one name: "Bank of America", "Banco de España".
const NAME_JOINS = new Set(['of', 'de', 'del', 'des', 'du', 'der', 'von', 'van', 'di', 'da']);
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const CAPITAL = /^\p{Lu}/u;

/** Starts with a capital letter (ASCII answered without the pattern: most words are). */
export function startsCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(text);
}
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const ELISION = /^(?:l|d|j|qu|n|s|c|m|t)['’](?=\p{L})/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** One word of a candidate phrase. */
export interface PhraseWord {
  /** As written ("U.S." gets back its last period). */
  text: string;
  /** Lowercased; the key for casing and the byline. */
  lower: string;
  stem: string;
  /** Capitalized away from a sentence start or a heading: a name's word (or a German noun). */
  name: boolean;
  /** Where the capital says nothing: the sentence's first word, a heading, a title. */
  caseUnknown: boolean;
  /** Joins two parts of a name ("of" in "Bank of America"): never a phrase's end. */
  join: boolean;
  /** Seen only before another word of its phrase (an English "-ed" modifier, a German adjective): never a head. */
  modifier: boolean;
  /** Written apart from the word before (Japanese and Chinese words are not). */
  spaced: boolean;
  /** Ends like an English plural. */
  plural: boolean;
  /** An English adjective that ends a run only as a predicate ("hopes alive"): never a phrase's last word. */
  predicate: boolean;
}

/** A run of words a chunker would call one noun phrase. */
export interface Phrase {
  words: PhraseWord[];
  position: number;
  /** Right after a determiner ("the", "der", "les"...): the mark of a noun phrase. */
  determined: boolean;
}

/** What the whole page says about a word: how often a verb cue and a determiner came before it,
 *  and whether it is written small away from a sentence start. */
export interface WordEvidence {
  verbCues: Map<string, number>;
  nounCues: Map<string, number>;
  writtenSmall: Set<string>;
}

export function emptyEvidence(): WordEvidence {
  return { verbCues: new Map(), nounCues: new Map(), writtenSmall: new Set() };
}

/** True when something other than spaces and hyphens separates two words (punctuation breaks a phrase). */
function punctuationBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 160 && c !== 9 && c !== 10) return true;
  }
  return false;
}

function cueOf(cues: ReadonlyMap<string, number>, lower: string): number {
  return cues.get(lower) ?? (lower.endsWith("n't") || lower.endsWith('n’t') ? VERB_CUE : 0);
}

function countCue(map: Map<string, number>, stem: string): void {
  map.set(stem, (map.get(stem) ?? 0) + 1);
}

/** Counts, for every word of the sentence, whether a verb cue or a determiner comes right before
 *  it, and whether an article comes right after it. Each word's cue is looked up once and serves
 *  the word after it too. */
export function gatherEvidence(sentence: Sentence, lang: DigestLanguage, evidence: WordEvidence): void {
  const { tokens, text, facts } = sentence;
  if (tokens.length === 0) return;
  const cues = CUES[lang];
  // Only German reads it: there a noun opening a sentence is told from a word written small elsewhere.
  const small = lang === 'de' && sentence.blockType !== 'heading';
  let before = cueOf(cues, (tokens[0] as WordToken).lower);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    if (small && token.text === token.lower) evidence.writtenSmall.add(token.lower);
    const previous = tokens[i - 1] as WordToken;
    const cue = cueOf(cues, token.lower);
    const cueBefore = before;
    before = cue;
    if ((cue & ARTICLE) === 0 && (cueBefore & (VERB_CUE | NOUN_CUE)) === 0) continue;
    if (punctuationBetween(text, previous.end, token.start)) continue;
    // A lowercase word right before an article ("the memo reveals the", "includes a") is a verb
    // or a preposition; a noun is rarely followed by one.
    if ((cue & ARTICLE) !== 0 && previous.text === previous.lower) {
      const stem = (facts[i - 1] as WordFacts).topicStem;
      if (stem !== null) countCue(evidence.verbCues, stem);
    }
    const stem = (facts[i] as WordFacts).topicStem;
    if (stem === null || (cueBefore & (VERB_CUE | NOUN_CUE)) === 0) continue;
    countCue((cueBefore & VERB_CUE) !== 0 ? evidence.verbCues : evidence.nounCues, stem);
  }
}

/** What reading one sentence carries from word to word. */
interface PhraseReader {
  heading: boolean;
  phrases: Phrase[];
  run: PhraseWord[];
  runPosition: number;
  runDetermined: boolean;
}

/** True when the content word can't be any part of a topic, whatever its neighbours. */
function breaksPhrase(token: WordToken, lower: string, shape: number, otherStops: ReadonlySet<string> | null): boolean {
  if (shape & NEVER || otherStops?.has(lower)) return true;
  return (shape & ADVERB_WHEN_SMALL) !== 0 && token.text === token.lower;
}

/** The page says this word (its stem: "extends" is read by "to extend") is a verb: verb cues
 *  precede it more often than determiners. */
function readAsVerb(stem: string, evidence: WordEvidence | null): boolean {
  if (!evidence) return false;
  const verb = evidence.verbCues.get(stem) ?? 0;
  return verb > 0 && verb >= (evidence.nounCues.get(stem) ?? 0);
}

/** Ends the current run: keeps it as a phrase once the words that can't end a noun phrase are dropped. */
function closeRun(reader: PhraseReader): void {
  const { run } = reader;
  let end = run.length;
  while (end > 0 && ((run[end - 1] as PhraseWord).join || (run[end - 1] as PhraseWord).modifier || (end > 1 && (run[end - 1] as PhraseWord).predicate))) end--;
  if (end > 0) reader.phrases.push({ words: run.slice(0, end), position: reader.runPosition, determined: reader.runDetermined });
  reader.run = [];
}

/**
 * The noun phrases of a sentence, and how many words it has in all (for positions). `evidence`
 * comes from {@link gatherEvidence} over the page (null: other languages); `otherStops` is the
 * stop-word list of a language the digest has no rules for.
 */
export function phrasesOf(sentence: Sentence, offset: number, lang: DigestLanguage | null, evidence: WordEvidence | null, otherStops: ReadonlySet<string> | null): { phrases: Phrase[]; count: number } {
  const reader: PhraseReader = { heading: sentence.blockType === 'heading', phrases: [], run: [], runPosition: 0, runDetermined: false };
  const determiners = lang ? DETERMINERS[lang] : null;
  const { tokens, facts, text } = sentence;
  let previousEnd = -1;
  let previousPossessive = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    if (previousEnd >= 0 && (previousPossessive || punctuationBetween(text, previousEnd, token.start))) {
      // "Pacific Gas & Electric", "Procter & Gamble": an ampersand between capitalized words joins one name.
      if (!previousPossessive && reader.run[reader.run.length - 1]?.name === true && startsCapitalized(token.text) && text.slice(previousEnd, token.start).trim() === '&') {
        reader.run.push({ text: '&', lower: '&', stem: '&', name: false, caseUnknown: false, join: true, modifier: false, spaced: true, plural: false, predicate: false });
      } else {
        closeRun(reader);
      }
    }
    // A dotted acronym's own last period ("U.S. tanker") is no punctuation.
    previousEnd = text.charCodeAt(token.end) === 46 && token.text.includes('.') && DOTTED_ACRONYM.test(token.text) ? token.end + 1 : token.end;
    let tokenFacts = facts[i] as WordFacts;
    let written = token.text;
    // French elides its articles into the next word ("l’intelligence", "d’énergie"): the word is what follows.
    const elided = lang === 'fr' ? ELISION.exec(token.lower)?.[0].length ?? 0 : 0;
    if (elided > 0) {
      written = token.text.slice(elided);
      tokenFacts = wordFacts(token.lower.slice(elided), lang);
    }
    const possessive = tokenFacts.bare.length !== token.lower.length - elided;
    previousPossessive = possessive;
    const caseUnknown = (i === 0 && elided === 0) || reader.heading;
    const capital = startsCapitalized(written);
    const name = capital && !caseUnknown;
    const last = reader.run[reader.run.length - 1];
    // Lowercase words that join two parts of a name ("Bank of America", "Richard von Weizsäcker"),
    // and inside a name a middle initial or a capitalized particle ("Samuel L. Jackson", "Robert
    // De Niro"): too short to be a name's word alone, they would split it in two.
    // "University and College Union": an "and" inside an organization's name.
    const andInName = !name && lang === 'en' && token.lower === 'and' && last?.name === true && endsInOrganization(tokens, i, text);
    if (last?.name && (andInName || (name ? lang !== 'de' && (token.text.length === 1 || NAME_JOINS.has(token.lower)) : NAME_JOINS.has(token.lower)))) {
      const initial = name && token.text.length === 1;
      const after = initial && text.charCodeAt(token.end) === 46 ? token.end + 1 : token.end;
      // "A" and "I" without a period are words, not initials ("Sold A Car").
      if (!(initial && after === token.end && (token.text === 'A' || token.text === 'I')) && joinsName(tokens, i, text, after)) {
        if (initial) previousEnd = after;
        reader.run.push({ text: after > token.end ? `${token.text}.` : token.text, lower: token.lower, stem: token.lower, name: false, caseUnknown: false, join: true, modifier: false, spaced: true, plural: false, predicate: false });
        continue;
      }
    }
    // Mid-sentence, a capitalized word that is no topic alone (a stop-word, a weekday, a verb
    // form, an ordinal) is part of a name: it opens one ("New York", "The Hague", "Fallen Order",
    // "Second World War"), and a stop-word may go on with one ("Black Friday"). A shouted word
    // ("your GREAT Governor") is in no name; "NEW YORK" is.
    const continuesName = last?.name === true && tokenFacts.topicStem === null && lang !== null;
    const inName = name && lang !== 'de' && token.text.length >= 3 && (continuesName || nextCapitalized(tokens, i, text)) && !shouted(tokens, i, text, last);
    const bare = tokenFacts.bare;
    const facts_ = possessive ? wordFacts(bare, lang) : tokenFacts;
    const raw = possessive ? written.slice(0, -2) : written;
    // Stop-words end a phrase, and so does a stop-word's contraction ("that’s", "everyone’s"), which
    // reads like a possessive; two-letter acronyms ("AI", "EU", "AI’s") are names even where short words are not.
    // A short capitalized word with a period the sentence goes on after is an abbreviation: it
    // opens a name ("St. Louis Park", "Mt. Everest") but names nothing alone or at a name's end
    // ("DeKalb, Ill. (AP)", "Apple Inc. said"): a joining word, as "of" in "Bank of America".
    const abbreviation = lang === 'en' && capital && !possessive && raw.length <= MAX_ABBREVIATION_CHARS && text.charCodeAt(token.end) === 46 && i + 1 < tokens.length && !raw.includes('.') && facts_.contentStem !== null;
    if (facts_.topicStem === null && !inName && !abbreviation && !(raw.length === 2 && ALL_CAPITALS.test(raw) && facts_.contentStem !== null)) {
      closeRun(reader);
      continue;
    }
    const shape = facts_.topicShape;
    if (!inName && breaksPhrase(token, bare, shape, otherStops)) {
      closeRun(reader);
      continue;
    }
    const stem = facts_.topicStem ?? stemWord(bare, lang);
    let modifier = false;
    // Where the capital says nothing (a sentence's first word, a heading), read the word as small.
    const small = !capital || (caseUnknown && lang !== 'de');
    if (shape > 0 && small) {
      // "the tanker spilled", "storms swirling": after a noun, an "-ed" or "-ing" word is a verb,
      // and so it is opening a phrase no determiner opened ("by offering oxygen"); after one it
      // modifies a noun ("the armed forces", "a growing demand"), and never heads a phrase.
      // "aliens violates": a plural noun is not followed by another "-s" word in one phrase.
      // "is offering oxygen", "has handled": after an auxiliary the form is the verb, whatever the
      // page puts after a determiner elsewhere ("an offering").
      const afterAuxiliary = lang === 'en' && (shape & (PAST | PARTICIPLE_FORM)) !== 0 && auxiliaryBefore(tokens, i, text);
      const pastOrParticiple = (shape & PAST) !== 0 || ((shape & PARTICIPLE_FORM) !== 0 && (afterAuxiliary || !evidence?.nounCues.has(stem)));
      if (afterAuxiliary && !last) {
        closeRun(reader);
        continue;
      }
      if (pastOrParticiple && !(last ? false : determinedAt(tokens, i, text, determiners))) {
        closeRun(reader);
        continue;
      }
      if (last && (shape & PLURAL_FORM) !== 0 && !last.name && last.plural) {
        closeRun(reader);
        continue;
      }
      // "Trump continues", "Home Depot refers": after a name, an "-s" word the page never puts
      // after a determiner is its verb ("Apple products" has "the products" somewhere).
      if (last?.name && (shape & PLURAL_FORM) !== 0 && !capital && !evidence?.nounCues.has(stem)) {
        closeRun(reader);
        continue;
      }
      modifier = pastOrParticiple;
    }
    // "Researchers believe…", "Experts debate…", "Crews cut…": a sentence that opens on a plural
    // goes on with its verb, when the next word is written small, has no plural ending and no
    // determiner precedes it anywhere on the page ("crisis" is no plural).
    if (lang === 'en' && i === 1 && reader.run.length === 1 && last?.plural === true && last.caseUnknown && !last.lower.endsWith('is') && token.text === token.lower && (shape & PLURAL_FORM) === 0 && !evidence?.nounCues.has(stem)) {
      closeRun(reader);
      continue;
    }
    if (small && (readAsVerb(stem, evidence) || (lang !== null && beforeArticle(tokens, i, text, lang)))) {
      closeRun(reader);
      continue;
    }
    // German writes every noun with a capital: a lowercase word there is an adjective (or a verb,
    // which the run's end drops), and a sentence's first word is a noun unless the page writes it small.
    if (lang === 'de') modifier = !capital || (caseUnknown && (evidence?.writtenSmall.has(bare) ?? false));
    // Before a noun, a German adjective always takes an ending ("deutsche", "neuen", "hohes"): a
    // small word without one is a verb or an adverb ("lässt Amor", "verrät Atim", "zweimal",
    // "insgesamt"), no part of the phrase. Numbers take none ("drei Tage"); "iMac" is a name.
    if (lang === 'de' && modifier && (caseUnknown || token.text === token.lower) && !GERMAN_ATTRIBUTIVE_END.test(bare) && !GERMAN_NUMBERS.has(bare)) {
      closeRun(reader);
      continue;
    }
    // "a state Trump won", "actress Zooey Deschanel": a word written small is no part of the name
    // after it, and alone it is that name's title or modifier, not a phrase (German capitalizes
    // every noun, so there a capital says nothing of names).
    if (name && last && !last.name && !last.caseUnknown && !last.join && lang !== 'de') {
      if (reader.run.length === 1) reader.run = [];
      else closeRun(reader);
    }
    if (reader.run.length === 0) {
      reader.runPosition = offset + i;
      reader.runDetermined = elided > 0 || determinedAt(tokens, i, text, determiners);
    }
    let shown = raw.includes('.') && DOTTED_ACRONYM.test(raw) ? `${raw}.` : raw;
    if (abbreviation) {
      shown = `${raw}.`;
      previousEnd = token.end + 1;
    }
    reader.run.push({ text: shown, lower: bare, stem, name, caseUnknown, join: abbreviation, modifier, spaced: i === 0 || tokens[i - 1]?.end !== token.start, plural: (shape & PLURAL_FORM) !== 0, predicate: small && (shape & PREDICATE) !== 0 });
    // Only a name word goes on from an abbreviation: "Memphis, Tenn. Friday", "Mass. It" end at it.
    if (abbreviation && !opensName(tokens, facts, i + 1)) closeRun(reader);
  }
  closeRun(reader);
  return { phrases: reader.phrases, count: tokens.length };
}

const ELIDED_ARTICLE = /^l['’]/;
/** The endings of a German adjective before a noun (-e, -en, -er, -es, -em), or of a city's ("Berliner"). */
const GERMAN_ATTRIBUTIVE_END = /e[nrsm]?$/;
const GERMAN_NUMBERS = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'hundert', 'tausend']);

function beforeArticle(tokens: readonly WordToken[], index: number, text: string, lang: DigestLanguage): boolean {
  const next = tokens[index + 1];
  if (!next || punctuationBetween(text, (tokens[index] as WordToken).end, next.start)) return false;
  return ARTICLES[lang].has(next.lower) || (lang === 'fr' && ELIDED_ARTICLE.test(next.lower));
}

/** English auxiliaries before a participle: "is offering", "were sold", "has handled". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had']);

/** The word before is an auxiliary, with no punctuation between. */
function auxiliaryBefore(tokens: readonly WordToken[], index: number, text: string): boolean {
  const before = tokens[index - 1];
  return !!before && AUXILIARIES.has(before.lower) && !punctuationBetween(text, before.end, (tokens[index] as WordToken).start);
}

/** The word before is a determiner, with no punctuation between. */
function determinedAt(tokens: readonly WordToken[], index: number, text: string, determiners: ReadonlySet<string> | null): boolean {
  const before = tokens[index - 1];
  return !!before && !!determiners?.has(before.lower) && !punctuationBetween(text, before.end, (tokens[index] as WordToken).start);
}

/** An all-capitals word beside words that are not: emphasis ("your GREAT Governor"), not a name. */
function shouted(tokens: readonly WordToken[], index: number, text: string, last: PhraseWord | undefined): boolean {
  if (!ALL_CAPITALS.test((tokens[index] as WordToken).text)) return false;
  if (last && ALL_CAPITALS.test(last.text)) return false;
  const next = tokens[index + 1];
  return !(next && ALL_CAPITALS.test(next.text) && !punctuationBetween(text, (tokens[index] as WordToken).end, next.start));
}

function nextCapitalized(tokens: readonly WordToken[], index: number, text: string): boolean {
  const next = tokens[index + 1];
  return !!next && startsCapitalized(next.text) && !punctuationBetween(text, (tokens[index] as WordToken).end, next.start);
}

/** The word at `index` is capitalized and no stop-word: a name's word. */
function opensName(tokens: readonly WordToken[], facts: readonly WordFacts[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && startsCapitalized(token.text) && (facts[index] as WordFacts).topicStem !== null;
}

/** The word after a name join is itself capitalized and close by: "Bank of America", not "Obama of course". */
/** The head nouns of organizations' names: "Trade and Agriculture Commission", "Department of
 *  Health and Human Services". "Russia and China" ends in none, so it stays two names. */
const ORGANIZATION_HEADS = new Set(['commission', 'committee', 'council', 'union', 'association', 'institute', 'department', 'ministry', 'agency', 'bank', 'society', 'party', 'foundation', 'board', 'authority', 'service', 'services', 'museum', 'university', 'college', 'school', 'hospital', 'company', 'corporation', 'group', 'center', 'centre', 'federation', 'organization', 'organisation', 'office', 'bureau', 'trust', 'league', 'court', 'club', 'fund', 'administration', 'academy', 'laboratory', 'studies', 'sciences', 'review', 'journal']);
/** Capitalized words read after an "and" for the organization's head. */
const MAX_AND_NAME_WORDS = 3;

/** After the "and" at `index`, up to three capitalized words, unbroken by punctuation, end in an organization's head noun. */
function endsInOrganization(tokens: readonly WordToken[], index: number, text: string): boolean {
  let end = (tokens[index] as WordToken).end;
  for (let k = index + 1; k <= index + MAX_AND_NAME_WORDS; k++) {
    const next = tokens[k];
    if (!next || !CAPITAL.test(next.text) || punctuationBetween(text, end, next.start)) return false;
    if (ORGANIZATION_HEADS.has(next.lower)) {
      const after = tokens[k + 1];
      // The head ends the name: "College Union" but not "College Union Street".
      return !after || !CAPITAL.test(after.text) || punctuationBetween(text, next.end, after.start);
    }
    end = next.end;
  }
  return false;
}

function joinsName(tokens: readonly WordToken[], index: number, text: string, end = (tokens[index] as WordToken).end): boolean {
  const next = tokens[index + 1];
  return !!next && CAPITAL.test(next.text) && !punctuationBetween(text, end, next.start);
}
