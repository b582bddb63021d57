// Elements that never hold article text (scripts, styles, icon sprites, navigation bars).
// Dropping them first spares Readability walking thousands of SVG paths and script bodies;
// it would discard them anyway, later and at more cost.
import { recordRemoval, type CleaningStep } from '../cleaning-step';
import { countProseParagraphs, mayHoldArticle, walkElements } from '../element-tests';

const NON_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'LINK']);

function collectNonContent(element: Element, found: Element[]): boolean {
  if (!NON_CONTENT.has(element.tagName.toUpperCase())) return false;
  found.push(element);
  return true;
}

export const removeNonContent: CleaningStep = {
  name: 'remove-non-content',
  phase: 'page',
  run(root, context) {
    const found: Element[] = [];
    walkElements(root, collectNonContent, found);
    let pageProse: number | null = null;
    for (const element of found) {
      if (element.tagName !== 'NAV') {
        element.remove(); // no visible text: not worth a record
        continue;
      }
      // Some pages misuse <nav> as a wrapper; never drop one holding the article.
      pageProse ??= countProseParagraphs(root);
      if (mayHoldArticle(element, pageProse)) continue;
      recordRemoval(context, this.name, 'navigation', element.textContent ?? '');
      element.remove();
    }
  },
};
