// Short blocks inside the article that say what boilerplate says: share labels, "Read more:"
// kickers, comment prompts, newsletter lines, copyright and cookie notices, and the phrases the
// matched site modules list.
import { foldSpace, removeElement, type CleaningStep } from '../cleaning-step';
import { BOILERPLATE_KICKERS, BOILERPLATE_LABELS, BOILERPLATE_SENTENCES } from '../boilerplate-phrases';
import { countWords, elementsNamed } from '../element-tests';
import { foldLabel } from '../fold-label';

const MAX_KICKER_WORDS = 30;
const MAX_CHILDREN = 8;
// Longer than this, a block holds more words than a kicker may (raw text, spaces included).
const MAX_CHARS = 600;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'section', 'aside', 'span', 'strong', 'b', 'a', 'figcaption', 'small', 'footer', 'header']);

// A loop, not `some` with an arrow: this runs for every short block, and V8 drops an arrow's
// optimized code once its closures are garbage.
function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

export const removeBoilerplateBlocks: CleaningStep = {
  name: 'remove-boilerplate-blocks',
  phase: 'content',
  run(root, context) {
    const sitePhrases = context.sites.flatMap((site) => (site.boilerplatePhrases ?? []).map((p) => [site.name, p] as const));
    for (const element of elementsNamed(root, BLOCKS)) {
      // A box of many children is not one short line; skipping it spares reading its whole text.
      if (element.children.length > MAX_CHILDREN) continue;
      const raw = element.textContent ?? '';
      if (raw.length > MAX_CHARS || !root.contains(element)) continue;
      const text = foldSpace(raw);
      if (!text) continue;
      const words = countWords(text);
      if (words > MAX_KICKER_WORDS * 2) continue;
      const bare = foldLabel(text);
      if (words <= 8 && matchesAny(BOILERPLATE_LABELS, bare)) {
        removeElement(context, element, this.name, 'boilerplate label');
        continue;
      }
      if (words <= MAX_KICKER_WORDS && matchesAny(BOILERPLATE_KICKERS, text)) {
        removeElement(context, element, this.name, 'boilerplate kicker');
        continue;
      }
      if (matchesAny(BOILERPLATE_SENTENCES, text)) {
        removeElement(context, element, this.name, 'boilerplate sentence');
        continue;
      }
      const site = sitePhrases.find(([, p]) => p.test(text));
      if (site) removeElement(context, element, this.name, `${site[0]}: boilerplate phrase`);
    }
  },
};
