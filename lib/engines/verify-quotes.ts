// Trust step: every quote a model returns must be found in the article text. A quote that
// cannot be found is dropped and its item marked unverified; a found one is replaced by the
// article's own spelling so the card's text-fragment link lands on it.
import type { Item } from '../digest/digest-schema';
import { foldForMatch, type FoldedText } from './fold-for-match';
import type { ModelItem } from './model-digest-schema';

/** Quote marks and ellipses a model wraps around a quote that are not part of it. */
const WRAPPING = /^[\s"'“”‘’«».…]+|[\s"'“”‘’«»…]+$|\.{3,}$/g;

export interface QuoteChecker {
  check(item: ModelItem): Item;
  /** How many quotes were dropped so far. */
  readonly dropped: number;
}

export function createQuoteChecker(articleText: string): QuoteChecker {
  const article = foldForMatch(articleText);
  let dropped = 0;
  return {
    check(item) {
      const text = item.text.trim();
      const quote = item.quote?.replace(WRAPPING, '') ?? '';
      if (!quote.trim()) return { text };
      const found = findInArticle(quote, article, articleText);
      if (found === null) {
        dropped++;
        return { text, verified: false };
      }
      return { text, quote: found, verified: true };
    },
    get dropped() {
      return dropped;
    },
  };
}

/** The article's own text of the quote, or null when it is not in the article. */
export function findInArticle(quote: string, article: FoldedText, articleText: string): string | null {
  const needle = foldForMatch(quote).folded;
  if (!needle) return null;
  const start = article.folded.indexOf(needle);
  if (start < 0) return null;
  const from = article.map[start];
  const last = article.map[start + needle.length - 1];
  if (from === undefined || last === undefined) return null;
  return articleText.slice(from, last + 1);
}
