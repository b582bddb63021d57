// Paywalls and subscribe gates: elements a site module names as its gate, and short blocks that
// say "subscribe to keep reading" (boxes whose class says paywall go in remove-boilerplate-boxes).
// Each one seen is recorded in context.gates, which makes the article's coverage partial.
import { foldSpace, removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { countWords } from '../element-tests';
import { GATE_HINT, GATE_PHRASES, GATE_WORDS } from '../gate-phrases';

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
    if (!GATE_WORDS.test(root.textContent ?? '')) return;
    const phrases = [...GATE_PHRASES, ...context.sites.flatMap((site) => site.gatePhrases ?? [])];
    for (const block of gateBlocks(root)) {
      if (!root.contains(block)) continue;
      const text = foldSpace(block.textContent ?? '');
      const phrase = phrases.find((p) => p.test(text));
      if (phrase && countWords(text) <= MAX_GATE_BLOCK_WORDS) removeGate(context, block, this.name, 'gate phrase');
    }
  },
};

export function removeGate(context: ExtractContext, element: Element, step: string, reason: string): void {
  context.gates.push(foldSpace(element.textContent ?? '').slice(0, 120));
  removeElement(context, element, step, reason);
}

// The nearest block around each text node that looks like gate wording.
function gateBlocks(root: Element): Element[] {
  const found = new Set<Element>();
  collectGateBlocks(root, found);
  return [...found];
}

function collectGateBlocks(node: Node, found: Set<Element>): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') collectGateBlocks(child, found);
    } else if (child.nodeType === 3 && GATE_HINT.test(child.textContent ?? '')) {
      let block = child.parentElement;
      while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
      if (block) found.add(block);
    }
  }
}
