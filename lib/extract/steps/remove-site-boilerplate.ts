// Elements the matched site modules name as never being article text (share bars, related posts,
// subscribe boxes of that platform).
import { removeElement, type CleaningStep } from '../cleaning-step';
import { walkElements } from '../element-tests';

export const removeSiteBoilerplate: CleaningStep = {
  name: 'remove-site-boilerplate',
  phase: 'page',
  run(root, context) {
    for (const site of context.sites) {
      if (!site.remove?.length) continue;
      const { classes, ids, others } = splitSelectors(site.remove);
      // Plain ".class" and "#id" selectors are matched in one walk; a selector list over the whole
      // page costs a full match per selector per element.
      if (classes.size || ids.size) {
        walkElements(root, (element) => {
          const id = element.getAttribute('id');
          const hit = (id && ids.has(id) ? `#${id}` : null) ?? (element.getAttribute('class') ?? '').split(/\s+/).find((c) => classes.has(c));
          if (!hit) return false;
          removeElement(context, element, this.name, `${site.name}: ${hit.startsWith('#') ? hit : `.${hit}`}`);
          return true;
        });
      }
      if (!others.length) continue;
      for (const element of Array.from(root.querySelectorAll(others.join(', ')))) {
        if (!root.contains(element)) continue; // inside one removed already
        removeElement(context, element, this.name, `${site.name}: ${others.find((s) => element.matches(s)) ?? 'site rule'}`);
      }
    }
  },
};

function splitSelectors(selectors: readonly string[]): { classes: Set<string>; ids: Set<string>; others: string[] } {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const others: string[] = [];
  for (const selector of selectors) {
    if (/^\.[\w-]+$/.test(selector)) classes.add(selector.slice(1));
    else if (/^#[\w-]+$/.test(selector)) ids.add(selector.slice(1));
    else others.push(selector);
  }
  return { classes, ids, others };
}
