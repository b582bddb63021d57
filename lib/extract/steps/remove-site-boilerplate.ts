// Elements the matched site modules name as never being article text (share bars, related posts,
// subscribe boxes of that platform).
import { removeElement, type CleaningStep } from '../cleaning-step';

export const removeSiteBoilerplate: CleaningStep = {
  name: 'remove-site-boilerplate',
  phase: 'page',
  run(root, context) {
    for (const site of context.sites) {
      if (!site.remove?.length) continue;
      for (const element of Array.from(root.querySelectorAll(site.remove.join(', ')))) {
        if (!root.contains(element)) continue; // inside one removed already
        removeElement(context, element, this.name, `${site.name}: ${site.remove.find((s) => element.matches(s)) ?? 'site rule'}`);
      }
    }
  },
};
