// Lists that are nothing but links after the article's last paragraph (related stories, "more on
// this topic", tag clouds), with the short heading that introduces them: navigation, not text.
// Link lists amid the prose (a list of sources, deals, a table of contents) stay.
import { foldSpace, removeElement, type CleaningStep } from '../cleaning-step';
import { countWords, elementsNamed, isLinkBlock, linkDensity } from '../element-tests';

const PARAGRAPHS_AND_LISTS = new Set(['p', 'ul', 'ol']);

const MAX_HEADING_WORDS = 8;
const PROSE_MIN_CHARS = 80;
const MAX_LINK_LINE_WORDS = 15;

export const removeLinkLists: CleaningStep = {
  name: 'remove-link-lists',
  phase: 'content',
  run(root, context) {
    // Document order of paragraphs and lists.
    const ordered = elementsNamed(root, PARAGRAPHS_AND_LISTS);
    let lastProse = -1;
    for (let index = 0; index < ordered.length; index++) {
      const element = ordered[index] as Element;
      if (element.tagName === 'P' && (element.textContent ?? '').length >= PROSE_MIN_CHARS && linkDensity(element) < 0.5) lastProse = index;
    }
    for (const list of ordered.slice(lastProse + 1)) {
      if (list.tagName === 'P') {
        // A line after the article that is one link and nothing else ("Read the report here") goes too.
        if (root.contains(list) && countWords(list.textContent ?? '') <= MAX_LINK_LINE_WORDS && linkDensity(list) >= 0.9) {
          removeElement(context, list, this.name, 'link line after the article');
        }
        continue;
      }
      if (!root.contains(list) || !isLinkBlock(list)) continue;
      const heading = introOf(list);
      if (heading) removeElement(context, heading, this.name, 'heading of a link list');
      removeElement(context, list, this.name, 'list of links after the article');
    }
  },
};

// The element right before a list, when it is a short label for it ("Related", "Mehr zum Thema:").
function introOf(list: Element): Element | null {
  const previous = list.previousElementSibling;
  if (!previous) return null;
  const text = foldSpace(previous.textContent ?? '');
  const isHeading = /^H[1-6]$/.test(previous.tagName) || (/[:：]$/.test(text) && previous.tagName !== 'LI');
  return isHeading && countWords(text) <= MAX_HEADING_WORDS ? previous : null;
}
