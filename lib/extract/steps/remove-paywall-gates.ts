// Paywalls and subscribe gates: elements a site module names as its gate, elements whose class
// says paywall, and short blocks that say "subscribe to keep reading". Each one seen is recorded
// in context.gates, which makes the article's coverage partial.
import { foldSpace, removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classAndId, countWords, walkElements } from '../element-tests';
import { GATE_HINT, GATE_PHRASES } from '../gate-phrases';

const PAYWALL_CLASS = /(?:^|[-_ ])(paywall|paywalled|regwall|meter-?wall|paid-?wall|subscriber-?only|premium-?(gate|wall|cta)|piano-?(offer|paywall))(?=$|[-_ ])/;
// A gate is a box of a few sentences; a "paywall" class on a long text marks the paid article itself.
const MAX_GATE_WORDS = 120;
const MAX_GATE_BLOCK_WORDS = 60;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FORM', 'HEADER', 'FOOTER']);

export const removePaywallGates: CleaningStep = {
  name: 'remove-paywall-gates',
  phase: 'page',
  run(root, context) {
    const selectors = context.sites.flatMap((site) => site.gates ?? []);
    if (selectors.length) {
      for (const element of Array.from(root.querySelectorAll(selectors.join(', ')))) {
        if (root.contains(element)) removeGate(context, element, this.name, 'site gate');
      }
    }
    walkElements(root, (element) => {
      if (!PAYWALL_CLASS.test(classAndId(element))) return false;
      if (countWords(element.textContent ?? '') > MAX_GATE_WORDS) return false;
      removeGate(context, element, this.name, 'paywall box');
      return true;
    });
    const phrases = [...GATE_PHRASES, ...context.sites.flatMap((site) => site.gatePhrases ?? [])];
    for (const block of gateBlocks(root)) {
      if (!root.contains(block)) continue;
      const text = foldSpace(block.textContent ?? '');
      const phrase = phrases.find((p) => p.test(text));
      if (phrase && countWords(text) <= MAX_GATE_BLOCK_WORDS) removeGate(context, block, this.name, 'gate phrase');
    }
  },
};

function removeGate(context: ExtractContext, element: Element, step: string, reason: string): void {
  context.gates.push(foldSpace(element.textContent ?? '').slice(0, 120));
  removeElement(context, element, step, reason);
}

// The nearest block around each text node that looks like gate wording.
function gateBlocks(root: Element): Element[] {
  const found = new Set<Element>();
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') visit(child);
      } else if (child.nodeType === 3 && GATE_HINT.test(child.textContent ?? '')) {
        let block = child.parentElement;
        while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
        if (block) found.add(block);
      }
    }
  };
  visit(root);
  return [...found];
}
