// Dialogs and overlays over the page (cookie consent, sign-up modals): never article text.
// Aria roles name them in any language, so this holds where class names do not.
import { removeElement, type CleaningStep } from '../cleaning-step';
import { countProseParagraphs, mayHoldArticle } from '../element-tests';

const OVERLAY_SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog';

export const removeOverlays: CleaningStep = {
  name: 'remove-overlays',
  phase: 'page',
  run(root, context) {
    const overlays = Array.from(root.querySelectorAll(OVERLAY_SELECTOR));
    if (!overlays.length) return;
    const pageProse = countProseParagraphs(root);
    for (const element of overlays) {
      if (root.contains(element) && !mayHoldArticle(element, pageProse)) removeElement(context, element, this.name, 'dialog or overlay');
    }
  },
};
