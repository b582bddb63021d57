// Finds the box around an element that restates the article (summary, key takeaways, FAQ).
import { classAndId } from './element-tests';

const RESTATING_CLASS = /(?:^|[-_ ])(summary|key-?(summary|takeaways?|points|insights|facts)|takeaways?|tl-?dr|faq|faqs|at-?a-?glance|highlights|recap|in-?brief)(?=$|[-_ ])/;
const RESTATING_ITEMTYPE = /schema\.org\/(FAQPage|Question|Answer)$/;
// A "box" holding most of the article is the article's own wrapper, whatever its class says; a rehash
// box can hold half of it (it repeats the whole body).
const MAX_BOX_SHARE = 0.75;

/** Returns a function giving, for an element under `root`, the outermost restating box around it, or null. */
export function restatingBoxFinder(root: Element, siteSelectors: readonly string[]): (element: Element) => Element | null {
  const siteSelector = siteSelectors.join(', ');
  const rootLength = (root.textContent ?? '').length;
  const cache = new Map<Element, boolean>();
  const isBox = (element: Element): boolean => {
    let known = cache.get(element);
    if (known === undefined) {
      known =
        (RESTATING_CLASS.test(classAndId(element)) ||
          RESTATING_ITEMTYPE.test(element.getAttribute('itemtype') ?? '') ||
          (siteSelector !== '' && element.matches(siteSelector))) &&
        (element.textContent ?? '').length < rootLength * MAX_BOX_SHARE;
      cache.set(element, known);
    }
    return known;
  };
  return (element) => {
    let box: Element | null = null;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) if (isBox(node)) box = node;
    return box;
  };
}
