// Dialogs and overlays over the page (cookie consent, sign-up modals): never article text.
// Aria roles name them in any language, so this holds where class names do not.
import { removeElement, type CleaningStep } from '../cleaning-step';
import { countProseParagraphs, elementsWhere, mayHoldArticle } from '../element-tests';

/** `[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog` */
function isOverlay(element: Element): boolean {
  const role = element.getAttribute('role');
  return element.localName === 'dialog' || role === 'dialog' || role === 'alertdialog' || element.getAttribute('aria-modal') === 'true';
}

export const removeOverlays: CleaningStep = {
  name: 'remove-overlays',
  phase: 'page',
  run(root, context) {
    const overlays = elementsWhere(root, isOverlay);
    if (!overlays.length) return;
    const pageProse = countProseParagraphs(root);
    for (const element of overlays) {
      if (root.contains(element) && !mayHoldArticle(element, pageProse)) removeElement(context, element, this.name, 'dialog or overlay');
    }
  },
};
