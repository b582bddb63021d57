// Sentence splitting on Intl.Segmenter (built into every target browser and Node, so it costs
// no bundle bytes), with two repairs ICU leaves to the caller: abbreviations and initials
// ("Mr.", "Jan.", "J.") and splits before a lowercase continuation ('"Really?" she asked.').

/** A sentence with its place in the text it was cut from: `text === source.slice(start, end)`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period rarely ends a sentence; lowercased, without the period.
const ABBREVIATIONS = new Set([
  // en
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt',
  'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'fig', 'e.g', 'i.e', 'u.s',
  'u.k', 'u.n', 'a.m', 'p.m', 'ft', 'mph', 'est', 'dept', 'univ', 'ave',
  // de
  'z.b', 'bzw', 'ca', 'nr', 'usw', 'vgl', 'd.h', 'u.a', 'ggf', 'evtl', 'inkl', 'sog', 'str', 'abs', 'bspw',
  // fr
  'm', 'mme', 'mlle', 'env', 'cf', 'p.ex',
  // es
  'sra', 'srta', 'dra', 'ud', 'uds', 'pág', 'aprox', 'núm',
]);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** True when the piece ends in an abbreviation or an initial, so the period is not a full stop. */
function endsWithAbbreviation(piece: string): boolean {
  const trimmed = piece.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // The last word, read back to whitespace or an opening quote or bracket (cheaper than a regex
  // anchored at the end, which retries from every position of a long sentence).
  let start = trimmed.length - 1;
  while (start > 0 && !OPENING_MARK_OR_SPACE.test(trimmed.charAt(start - 1))) start--;
  const word = trimmed.slice(start, -1);
  if (!word || word.length > 6 || !LETTERS_AND_DOTS.test(word)) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || ONE_CAPITAL.test(word);
}

/** True when the next piece cannot start a sentence: it opens in lowercase or with a digit-less clause mark. */
function continuesSentence(next: string): boolean {
  return OPENS_IN_LOWERCASE.test(next);
}

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const OPENING_MARK_OR_SPACE = /[\s("'“‘]/;
const LETTERS_AND_DOTS = /^[\p{L}.]+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const OPENS_IN_LOWERCASE = /^[\s"'“”‘’)\]]*\p{Ll}/u;
const SENTENCE_MARK = /[.!?…。！？\n]/u;

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
      if (last && (endsWithAbbreviation(lastText) || continuesSentence(segment)) && !lastText.includes('\n')) {
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
    const start = piece.start + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
