// What search-as-you-type matches for one saved digest, folded once when its list entry is
// written: every field of the card, then the words of the article's own text. Three parts in
// order of weight, split by SEARCH_PART_BREAK: the title; the rest of the card (byline, site,
// summary, takeaway, insights, principles, method, in practice, topics, audience); the article's
// distinct words that the card does not already hold. Search matches substrings, so a word the
// card holds (or one inside it) finds the digest through the card, and need not be kept twice.
import type { SavedDigest } from '../storage/saved-digest-schema';
import { foldText } from './fold-text';
import { siteOf } from './site-of';

/** Between the parts; folded text never holds it (control characters become spaces). */
export const SEARCH_PART_BREAK = '\u0001';

/**
 * At most this many characters of article words per digest: a very long page (a book, a 10 MB
 * dump) would otherwise hold the page's memory; ordinary articles are far below (a 5,000-word
 * essay has about 1,500 distinct words, 12,000 characters).
 */
export const MAX_ARTICLE_WORDS_CHARS = 60_000;

// Spaces, control characters, ASCII and common Unicode punctuation and symbols: what separates
// words, once text is folded (NFKD has turned full-width and compatibility forms into plain ones).
// A character class without \p{…} escapes: splitting an article with `[\p{L}\p{N}]+` took most of
// the time of writing an entry (0.4 ms of ~2 ms a digest, 10,000 of them in an import).
const SEPARATORS = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u3003\u3008-\u3020\u3030\ufe10-\ufe6f\ufeff\uff00-\uff0f]+/;
const CONTROL = /[\u0000-\u001f\u007f]+/g;
const NOT_ASCII = /[^\u0000-\u007f]/;

/** Folds text as search compares it: case, accents and typographic quotes aside; control characters become spaces. */
export function searchFold(text: string): string {
  // Plain ASCII (most English text) needs only lower-casing: NFKD and the rest cost more.
  return NOT_ASCII.test(text) ? foldText(text).replace(CONTROL, ' ') : text.toLowerCase().replace(CONTROL, ' ');
}

/** The words of folded text, in order (repeats kept). */
export function searchWords(folded: string): string[] {
  return folded.split(SEPARATORS).filter((word) => word !== '');
}

export function searchTextOf(record: Pick<SavedDigest, 'url' | 'article' | 'digest'>): string {
  const { article, digest } = record;
  const items = [digest.keyTakeaway, ...digest.keyInsights, ...digest.principles, ...(digest.method ? [digest.method] : []), ...digest.inPractice];
  const title = searchFold(article.title);
  const card = searchFold(
    [article.byline ?? '', siteOf(record), digest.summary, ...items.map((item) => item.text), ...digest.topics, ...digest.audience].join('\n'),
  );
  return [title, card, articleWords(searchFold(article.text), `${title}\n${card}`)].join(SEARCH_PART_BREAK);
}

/**
 * The distinct words of the article that the card does not hold (`held`), in order of first use.
 * (Sorting them, to drop each word that begins a longer one, saved a tenth of the space and
 * doubled the time of writing an entry.)
 */
function articleWords(folded: string, held: string): string {
  const heldWords = new Set(searchWords(held));
  const kept: string[] = [];
  let length = 0;
  for (const word of new Set(searchWords(folded))) {
    if (word.length < 2 || heldWords.has(word)) continue;
    length += word.length + 1;
    if (length > MAX_ARTICLE_WORDS_CHARS) break;
    kept.push(word);
  }
  return kept.join(' ');
}
