// Links that open the original page at the quoted passage: a text fragment (#:~:text=),
// https://wicg.github.io/scroll-to-text-fragment/. Only http(s) pages get links.

/** Words kept from each end of a long quote: enough to be unique, short enough to survive edits. */
const EDGE_WORDS = 5;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a fragment term, including the characters text fragments and Markdown reserve. */
export function encodeFragmentTerm(term: string): string {
  // encodeURIComponent throws on a lone surrogate (text a script or a bad decoder left in the page).
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(/[-!'()*,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The page URL made safe for a Markdown link destination, or null when it is not http(s). */
export function linkableUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `url#:~:text=start,end` for a quote; null when the URL can't be linked. */
export function textFragmentLink(url: string, quote: string): string | null {
  const base = linkableUrl(url);
  if (!base) return null;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    words.length <= EDGE_WORDS * 2 + 2
      ? encodeFragmentTerm(words.join(' '))
      : `${encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
