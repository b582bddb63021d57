// The article parked in a hidden node that a script reveals: streamed server rendering puts it in
// <div hidden> until the page's script moves it into place, and a modal sets aria-hidden on the
// page wrapper behind it. Readability drops hidden nodes, so the article went with them. No page
// hides its main text for good: a hidden node holding most of the prose is shown again.
import type { CleaningStep } from '../cleaning-step';
import { countProseParagraphs, elementsWhere } from '../element-tests';

// A hidden node holding at least this share of the page's prose paragraphs, and two or more, is the article.
const ARTICLE_SHARE = 0.5;

/**
 * `[hidden], [aria-hidden="true"]`. Not an inline `display: none`: that is how paywalls keep the
 * paid text from readers who have not paid, and it stays hidden.
 */
function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

export const revealHiddenArticle: CleaningStep = {
  name: 'reveal-hidden-article',
  phase: 'page',
  run(root, context) {
    const hidden = elementsWhere(root, isHidden);
    if (!hidden.length) return;
    const pageProse = countProseParagraphs(root);
    for (const element of hidden) {
      const prose = countProseParagraphs(element);
      if (prose < 2 || prose < pageProse * ARTICLE_SHARE) continue;
      element.removeAttribute('hidden');
      element.removeAttribute('aria-hidden');
      context.removals.push({ step: this.name, reason: 'hidden node holding the article, shown', text: '' });
    }
  },
};
