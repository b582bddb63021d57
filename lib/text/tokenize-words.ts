// Word tokens with their offsets. Scripts written with spaces are scanned code unit by code unit
// (what a word is: letters and digits, joined by ' ’ - . & inside it); scripts without (CJK,
// Thai...) go through Intl.Segmenter.

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lowercased form, the key for stop-words and stems. */
  lower: string;
  start: number;
  end: number;
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

let wordSegmenter: Intl.Segmenter | undefined;

// Whether each code unit of the Basic Multilingual Plane is a letter or digit, learnt as met
// (0: not yet asked, 1: yes, 2: no). A scan with this table is about twice as fast as a
// Unicode-aware regular expression, which builds a match object per word; the digest reads every
// word of the page, so this is most of its tokenizing time.
const BMP_WORD = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) BMP_WORD[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[code];
  if (known === 0) {
    known = WORD_CHAR.test(text[i] as string) ? 1 : 2;
    BMP_WORD[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** ' ’ - . & : marks that join two runs of letters into one word ("don't", "U.S", "AT&T"). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38;
}

/** Splits `text` into word tokens (numbers included; punctuation dropped). */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  if (UNSPACED_SCRIPT.test(text)) {
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
      if (isWordLike) out.push({ text: segment, lower: segment.toLowerCase(), start: index, end: index + segment.length });
    }
    return out;
  }
  // Lowercased once for the whole text, then sliced: the same as word by word unless lowercasing
  // changes a length ("İ") or depends on what follows (Greek final sigma).
  const lowered = text.toLowerCase();
  const sliceLower = lowered.length === text.length && !text.includes('Σ');
  const length = text.length;
  let i = 0;
  while (i < length) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      while (i < length && (width = wordCharAt(text, i)) > 0) i += width;
      // A joiner continues the word only when a letter or digit follows it.
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    const word = text.slice(start, i);
    out.push({ text: word, lower: sliceLower ? lowered.slice(start, i) : word.toLowerCase(), start, end: i });
  }
  return out;
}
