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

const CONTROL = /[\u0000-\u001f\u007f]+/g;
/** Runs of letters and digits (any script): the words of a text, as search splits its queries. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function searchFold(text: string): string {
  return foldText(text).replace(CONTROL, ' ');
}

export function searchTextOf(record: Pick<SavedDigest, 'url' | 'article' | 'digest'>): string {
  const { article, digest } = record;
  const items = [digest.keyTakeaway, ...digest.keyInsights, ...digest.principles, ...(digest.method ? [digest.method] : []), ...digest.inPractice];
  const title = searchFold(article.title);
  const card = searchFold(
    [article.byline ?? '', siteOf(record), digest.summary, ...items.map((item) => item.text), ...digest.topics, ...digest.audience].join('\n'),
  );
  const held = `${title}\n${card}`;
  const words: string[] = [];
  let length = 0;
  for (const word of new Set(searchFold(article.text).match(WORD) ?? [])) {
    if (word.length < 2 || held.includes(word)) continue;
    length += word.length + 1;
    if (length > MAX_ARTICLE_WORDS_CHARS) break;
    words.push(word);
  }
  return [title, card, words.join(' ')].join(SEARCH_PART_BREAK);
}
