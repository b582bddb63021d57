// When Readability finds no article (it answers null on some pages whose text sits in a marked-up
// container it discounts), the page's own markup may still say where the article is.
import { countWords } from './element-tests';

const MARKED_ARTICLE = '[itemprop="articleBody"], article, main, [role="main"]';
const MIN_WORDS = 25;

/** The element the page marks as its article (schema.org articleBody first), with the most words; or null. */
export function fallbackContent(document: Document): Element | null {
  let best: Element | null = null;
  let bestWords = MIN_WORDS - 1;
  let bestRank = Infinity;
  for (const element of Array.from(document.querySelectorAll(MARKED_ARTICLE))) {
    // articleBody is the most specific mark: it wins over an <article> or <main> around it.
    const rank = element.getAttribute('itemprop') === 'articleBody' ? 0 : 1;
    const words = countWords(element.textContent ?? '');
    if (words < MIN_WORDS) continue;
    if (rank < bestRank || (rank === bestRank && words > bestWords)) {
      best = element;
      bestWords = words;
      bestRank = rank;
    }
  }
  return best;
}
