// Elements the matched site modules name as never being article text (share bars, related posts,
// subscribe boxes of that platform).
import { removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classOf, walkElements } from '../element-tests';

interface NamedBoxes {
  context: ExtractContext;
  site: string;
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

const SPACES = /\s+/;

function removeNamedBox(element: Element, boxes: NamedBoxes): boolean {
  const id = element.getAttribute('id');
  let hit = id && boxes.ids.has(id) ? `#${id}` : null;
  if (!hit) {
    for (const name of (classOf(element) ?? '').split(SPACES)) {
      if (boxes.classes.has(name)) {
        hit = `.${name}`;
        break;
      }
    }
  }
  if (!hit) return false;
  removeElement(boxes.context, element, removeSiteBoilerplate.name, `${boxes.site}: ${hit}`);
  return true;
}

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
        walkElements(root, removeNamedBox, { context, site: site.name, classes, ids });
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
