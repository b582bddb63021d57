// Word tokens with their offsets. Scripts written with spaces use one regular expression (fast
// enough for 100k-word pages); scripts without (CJK, Thai...) go through Intl.Segmenter.

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lowercased form, the key for stop-words and stems. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | undefined;

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
  // One shared global regex (compiling one per call showed up on pages with thousands of blocks);
  // lastIndex is reset first, and nothing else runs between the calls of this loop.
  const word = WORD;
  word.lastIndex = 0;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const start = match.index;
    out.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return out;
}
