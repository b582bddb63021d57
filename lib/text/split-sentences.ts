// Sentence splitting on Intl.Segmenter (built into every target browser and Node, so it costs
// no bundle bytes), with two repairs ICU leaves to the caller: abbreviations and initials
// ("Mr.", "Jan.", "J.") and splits before a lowercase continuation ('"Really?" she asked.').

/** A sentence with its place in the text it was cut from: `text === source.slice(start, end)`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period rarely ends a sentence; lowercased, without the final
// period. Per language, because a word in one is an abbreviation in another ("me" is French for
// Maître, "mar" Spanish for sea). Titles and honorifics first: a cut after "Rt." or "Gen." leaves
// a card item that ends at the abbreviation.
const COMMON_ABBREVIATIONS = ['dr', 'prof', 'st', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'e.g', 'i.e', 'ca', 'cf'];
const ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    ...COMMON_ABBREVIATIONS,
    'mr', 'mrs', 'ms', 'messrs', 'mmes', 'sr', 'jr', 'esq', 'rt', 'hon', 'rev', 'revd', 'fr', 'msgr', 'mt',
    'gen', 'gens', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'pres', 'supt', 'det', 'insp', 'atty', 'amb', 'sec', 'treas',
    'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'brig', 'cpl', 'pvt', 'ret', 'cdr',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'ft', 'mph', 'dept', 'univ', 'ave', 'blvd', 'rd', 'bros', 'assn', 'est',
  ]),
  de: new Set([
    ...COMMON_ABBREVIATIONS,
    'hr', 'hrn', 'fr', 'frl', 'dipl', 'ing', 'mag', 'bzw', 'usw', 'vgl', 'd.h', 'u.a', 'z.b', 'z.t', 'o.ä', 'u.ä', 'ggf', 'evtl',
    'inkl', 'exkl', 'sog', 'str', 'abs', 'bspw', 'mio', 'mrd', 'jh', 'jhd', 'tel', 'zzgl', 'max', 'min', 'gegr', 'geb', 'verh',
    'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ]),
  fr: new Set([
    ...COMMON_ABBREVIATIONS,
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'pr', 'ste', 'env', 'p.ex', 'av', 'bd', 'éd', 'vol', 'chap',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ]),
  es: new Set([
    ...COMMON_ABBREVIATIONS,
    'sr', 'sra', 'sres', 'srta', 'dra', 'dña', 'd', 'ud', 'uds', 'lic', 'ing', 'arq', 'gral', 'pdte', 'excmo', 'excma', 'ee', 'uu',
    'pág', 'aprox', 'avda', 'tel', 'cía', 'ene', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic',
  ]),
};
/** Abbreviations that only come before a number ("No. 5", "Nr. 5", "art. 3"): elsewhere the same
 *  word ends sentences ("He said no."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'núm', 'art', 'arts', 'p', 'pp', 'vol', 'fig', 'figs', 'ch', 'sec', 'ed', 'op']);
/** Words that open a sentence in English: after "U.S." one of these starts a new sentence. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'so', 'then', 'there', 'in', 'on', 'at', 'for', 'his', 'her', 'their', 'its', 'our', 'my', 'as', 'when', 'while', 'if', 'after', 'before', 'now', 'still', 'yet', 'however']);
// Months after a German ordinal ("am 3. Oktober"): the period marks the ordinal, not a stop.
/** An article (or one run into a preposition, or a possessive) before a number: the number is an
 *  ordinal ("des 19. Jahrhunderts", "vor Ende des 2. Weltkriegs", "seinem 70. Geburtstag"). */
const GERMAN_ORDINAL_LEAD = /(?:^|\s)(?:der|die|das|des|dem|den|am|im|vom|zum|zur|beim|(?:sein|ihr|unser|dies)e[mnrs]?)\s+$/i;
const GERMAN_MONTH = /^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** True when the period closing `piece` belongs to an abbreviation, an initial or an ordinal, so
 *  `next` continues the same sentence. */
function endsWithAbbreviation(piece: string, next: string, lang: string): boolean {
  const trimmed = piece.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // The last word, read back to whitespace or an opening quote or bracket (cheaper than a regex
  // anchored at the end, which retries from every position of a long sentence).
  let start = trimmed.length - 1;
  while (start > 0 && !OPENING_MARK_OR_SPACE.test(trimmed.charAt(start - 1))) start--;
  const word = trimmed.slice(start, -1);
  if (!word || word.length > 7) return false;
  // "am 3. Oktober", "des 19. Jahrhunderts": a German ordinal before a month or after an article.
  if (lang === 'de' && ORDINAL.test(word)) return GERMAN_MONTH.test(next) || GERMAN_ORDINAL_LEAD.test(trimmed.slice(Math.max(0, start - 8), start));
  if (!LETTERS_AND_DOTS.test(word)) return false;
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return OPENS_WITH_DIGIT.test(next);
  // "z. B.", "d. h.", "J. R. R. Tolkien": one letter and a period is an initial or part of an abbreviation.
  if (ONE_LETTER.test(word)) return true;
  if (!(ABBREVIATIONS[lang] ?? ABBREVIATIONS.en)?.has(lower)) return false;
  // "...moved to the U.S. Then he left.": a dotted country name may end a sentence; a capitalized
  // sentence opener after it says it did.
  if (lower.includes('.') && !lower.endsWith('.')) {
    const opener = FIRST_WORD.exec(next)?.[1];
    if (opener && opener !== opener.toLowerCase() && SENTENCE_OPENERS.has(opener.toLowerCase())) return false;
  }
  return true;
}

/** True when the next piece cannot start a sentence: it opens in lowercase or with a digit-less clause mark. */
function continuesSentence(next: string): boolean {
  return OPENS_IN_LOWERCASE.test(next);
}

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const OPENING_MARK_OR_SPACE = /[\s("'“‘]/;
const LETTERS_AND_DOTS = /^[\p{L}.]+$/u;
const ONE_LETTER = /^\p{L}$/u;
const ORDINAL = /^\d{1,2}$/;
const OPENS_WITH_DIGIT = /^\s*\d/;
const FIRST_WORD = /^\s*["'“‘(]*(\p{L}+)/u;
const OPENS_IN_LOWERCASE = /^[\s"'“”‘’)\]]*\p{Ll}/u;
const SENTENCE_MARK = /[.!?…。！？\n]/u;
/** "a chief physician.Police arrested", "unbeantwortet.Nicht nur": a sentence end the source ran
 *  into the next sentence with no space (a typo, or two spans of markup). A lowercase word, its
 *  mark, then a capitalized word followed by a space or a clause mark; a web address
 *  ("www.DearAbby.com", "DoSchu.Com") or code ("mod.Bar()") does not look like that. */
const GLUED_END = /(?<=(?:^|[\s"'„“‘(])(\p{Ll}{2,})[.!?])(?=\p{Lu}\p{Ll}+(?:[\s,;:]|$))/gu;

/** Longest piece handed to the segmenter at once: V8's segment iterator slows down
 *  quadratically on long strings (a one-block 100k-word page took seconds). */
const MAX_CHUNK = 4000;
const CHUNK_BREAK = /[.!?…]["'”’»)\]]*\s+|\n+/g;

/** Cuts long text at sentence-like breaks into pieces of at most about MAX_CHUNK characters. */
function chunks(text: string): { text: string; offset: number }[] {
  if (text.length <= MAX_CHUNK) return [{ text, offset: 0 }];
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
    // Search only this window: a text without breaks must not be rescanned to its end per chunk.
    const window = text.slice(start, start + MAX_CHUNK);
    let cut = -1;
    CHUNK_BREAK.lastIndex = 0;
    for (let match = CHUNK_BREAK.exec(window); match; match = CHUNK_BREAK.exec(window)) cut = start + match.index + match[0].length;
    if (cut <= start || cut >= start + MAX_CHUNK) {
      const space = window.lastIndexOf(' ');
      cut = space > 0 ? start + space + 1 : start + MAX_CHUNK;
    }
    out.push({ text: text.slice(start, cut), offset: start });
    start = cut;
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

/**
 * Splits `text` into sentences. Language `lang` (BCP 47, default "en") picks ICU's rules;
 * an unknown tag falls back to the root rules rather than throwing.
 */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  let segmenter: Intl.Segmenter;
  // The primary subtag picks the abbreviation list ("de-AT" reads German abbreviations).
  const language = lang.slice(0, 2).toLowerCase();
  try {
    segmenter = segmenterFor(lang);
  } catch (error) {
    // A malformed language tag from the page must not crash the digest; ICU's root rules are fine.
    if (!(error instanceof RangeError)) throw error;
    segmenter = segmenterFor('en');
  }
  // Fast path: no sentence mark before the last few characters means one sentence (list items,
  // captions); pages with thousands of such blocks would otherwise pay for the segmenter each time.
  if (!SENTENCE_MARK.test(text.slice(0, -3))) {
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    return trimmed ? [{ text: trimmed, start: lead, end: lead + trimmed.length }] : [];
  }
  const pieces: { start: number; end: number }[] = [];
  for (const chunk of chunks(text)) {
    for (const { segment, index: local } of segmenter.segment(chunk.text)) {
      const index = chunk.offset + local;
      const last = pieces[pieces.length - 1];
      const end = index + segment.length;
      const lastText = last ? text.slice(last.start, last.end) : '';
      if (last && (endsWithAbbreviation(lastText, segment, language) || continuesSentence(segment)) && !lastText.includes('\n')) {
        last.end = end;
      } else {
        pieces.push({ start: index, end });
      }
    }
  }
  const out: SentenceSpan[] = [];
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    pushUnglued(out, trimmed, piece.start + lead, language);
  }
  return out;
}

/** Adds `sentence` (at `start`) to `out`, cut where a sentence end runs into the next (GLUED_END). */
function pushUnglued(out: SentenceSpan[], sentence: string, start: number, language: string): void {
  let from = 0;
  GLUED_END.lastIndex = 0;
  for (let match = GLUED_END.exec(sentence); match; match = GLUED_END.exec(sentence)) {
    // The match is empty (a place between two characters): step past it by hand.
    GLUED_END.lastIndex = match.index + 1;
    // "bzw.Die": an abbreviation's period is no sentence end.
    if ((ABBREVIATIONS[language] ?? ABBREVIATIONS.en)?.has(match[1] ?? '')) continue;
    out.push({ text: sentence.slice(from, match.index), start: start + from, end: start + match.index });
    from = match.index;
  }
  out.push({ text: sentence.slice(from), start: start + from, end: start + sentence.length });
}
