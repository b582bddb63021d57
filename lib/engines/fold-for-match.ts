// Folds text so a model's quote can be found in the article despite typographic differences:
// curly vs straight quotes, en/em dashes vs hyphens, ellipsis characters, runs of whitespace,
// case. Keeps a map back to the original so a found quote is stored as the article spells it.

export interface FoldedText {
  folded: string;
  /** `map[i]` is the index in the original text of folded character `i`. */
  map: number[];
}

const SINGLE_QUOTES = /['‘’‚‛′`´]/;
const DOUBLE_QUOTES = /["“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−-]/;
// Format characters (zero-width, soft hyphen, bidi marks): the prompt drops them (build-prompt.ts).
const INVISIBLE = /\p{Cf}/u;
const SPACE = /\s/;

export function foldForMatch(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  const push = (chars: string, at: number) => {
    folded += chars;
    for (let k = 0; k < chars.length; k++) map.push(at);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (INVISIBLE.test(c)) continue;
    if (SPACE.test(c)) {
      if (folded.length > 0 && !folded.endsWith(' ')) push(' ', i);
      continue;
    }
    if (SINGLE_QUOTES.test(c)) push("'", i);
    else if (DOUBLE_QUOTES.test(c)) push('"', i);
    else if (DASHES.test(c)) push('-', i);
    else if (c === '…') push('...', i);
    else push(c.toLowerCase(), i);
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}
