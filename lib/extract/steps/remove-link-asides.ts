// A link alone in parentheses inside a paragraph points the reader to another page: "(wir
// berichteten)", "(Das passiert noch beim SK Rapid >>>)", "(video)", "(PDF)". It is the site
// cross-linking its own stories, not the article's text; left in, it lands mid-sentence on the card.
import { recordRemoval, type CleaningStep } from '../cleaning-step';
import { countWords, elementsNamed } from '../element-tests';

const TEXT_NODE = 3;
const LINKS = new Set(['a']);
/** Longer link text is a citation the sentence leans on ("(see the 2019 report by the …)"). */
const MAX_ASIDE_WORDS = 8;
const OPENS = /\(\s*$/;
const CLOSES = /^\s*\)/;

export const removeLinkAsides: CleaningStep = {
  name: 'remove-link-asides',
  phase: 'content',
  run(root, context) {
    // Found by walking, as the other steps find theirs: on linkedom a tag-name lookup walks the whole page.
    for (const link of elementsNamed(root, LINKS)) {
      const before = link.previousSibling;
      const after = link.nextSibling;
      if (before?.nodeType !== TEXT_NODE || after?.nodeType !== TEXT_NODE) continue;
      const opening = before.textContent ?? '';
      const closing = after.textContent ?? '';
      if (!OPENS.test(opening) || !CLOSES.test(closing)) continue;
      const text = link.textContent ?? '';
      const words = countWords(text);
      if (words === 0 || words > MAX_ASIDE_WORDS) continue;
      // "…Ravensbrück zeigt (wir berichteten)." keeps its full stop and loses the space before the aside.
      before.textContent = opening.replace(/\s*\(\s*$/, '');
      after.textContent = closing.replace(/^\s*\)/, '');
      recordRemoval(context, this.name, 'a link alone in parentheses (a cross-reference)', `(${text})`);
      link.remove();
    }
  },
};
