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
  const match = /(?:^|[\s("'“‘])([\p{L}.]{1,6})\.\s*$/u.exec(piece);
  const word = match?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** True when the next piece cannot start a sentence: it opens in lowercase or with a digit-less clause mark. */
function continuesSentence(next: string): boolean {
  return /^[\s"'“”‘’)\]]*\p{Ll}/u.test(next);
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
  const pieces: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = pieces[pieces.length - 1];
    const end = index + segment.length;
    if (last && (endsWithAbbreviation(text.slice(last.start, last.end)) || continuesSentence(segment)) && !/\n/.test(text.slice(last.start, last.end))) {
      last.end = end;
    } else {
      pieces.push({ start: index, end });
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
