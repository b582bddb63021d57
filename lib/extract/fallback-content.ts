// When Readability finds no article (it answers null on some pages whose text sits in a marked-up
// container it discounts), the page's own markup may still say where the article is.
import { countProseParagraphs, countWords } from './element-tests';

const MARKED_ARTICLE = '[itemprop=articleBody], article, main, [role=main]';
const MIN_WORDS = 25;

/**
 * Readability's pick, unless the page's schema.org articleBody holds more than twice its prose
 * paragraphs and two: a block that outscored the prose beside it (a contact table of
 * hundreds of cells) is not the article the page marks. Without a pick, the element the page marks
 * as its article (articleBody first) with the most words; or null.
 */
export function articleContent(document: Document, picked: Node | null | undefined): Element | null {
  if (picked?.nodeType === 1) {
    const body = document.querySelector('[itemprop=articleBody]');
    return body && countProseParagraphs(body) > 2 * countProseParagraphs(picked as Element) + 2 ? body : (picked as Element);
  }
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
