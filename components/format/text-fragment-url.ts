// A link that opens the page scrolled to a quoted sentence (a URL text fragment, `#:~:text=`).
import { safeHttpUrl } from './safe-http-url';

/** Quotes longer than this many words are linked by their first and last words (textStart,textEnd). */
const MAX_EXACT_WORDS = 10;
const EDGE_WORDS = 4;

/** The page URL with a text fragment for `quote`, or null when the page is not http(s) or the quote is empty. */
export function textFragmentUrl(pageUrl: string, quote: string | undefined): string | null {
  const safe = safeHttpUrl(pageUrl);
  const words = (quote ?? '').trim().split(/\s+/).filter(Boolean);
  if (!safe || words.length === 0) return null;
  const base = safe.split('#')[0];
  const directive =
    words.length <= MAX_EXACT_WORDS
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// "-", "," and "&" are syntax inside a text directive, so they must be percent-encoded too.
function encodeFragmentText(text: string): string {
  // encodeURIComponent throws on a lone surrogate (text a script or a bad decoder left in the page).
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
