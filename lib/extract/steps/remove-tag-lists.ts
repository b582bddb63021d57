// The post's tag list ("Tags: economy, elections"), found by what its links say they are: rel="tag"
// (with "category tag" for categories), the microformat WordPress and most blog engines write
// whatever the theme calls the box. A line of such links with at most a short label around them
// goes; a sentence that links a tag in passing stays.
import { foldSpace, removeElement, type CleaningStep } from '../cleaning-step';
import { countWords, elementsNamed, outermostWrapper } from '../element-tests';

/** Words besides the tag links a tag line may hold: "Tags", "Tagged with", "Posted in". */
const MAX_LABEL_WORDS = 3;
/** Beside a label, one tag link alone is a tag line only when the label says so; with no label, any number is. */
const TAG_LABEL = /^(tags?|tagged( with| in)?|topics?|schlagwörter|stichwörter|themen|etiquetas|mots-clés|argomenti|assuntos)\s*:?$/i;

const LINKS = new Set(['a']);

export const removeTagLists: CleaningStep = {
  name: 'remove-tag-lists',
  phase: 'page',
  run(root, context) {
    const lines = new Map<Element, number>();
    // Links found by a walk, rel tested here: on linkedom a selector query over the whole page costs
    // more, and getElementsByTagName lower-cases every element's name it passes.
    for (const link of elementsNamed(root, LINKS)) {
      if (!isTagLink(link)) continue;
      const line = link.parentElement;
      if (line && line !== root) lines.set(line, (lines.get(line) ?? 0) + 1);
    }
    for (const [line, links] of lines) {
      if (!root.contains(line)) continue;
      const label = foldSpace(labelText(line).replace(/[,;|·•/]/g, ' '));
      const isTagLine = label ? countWords(label) <= MAX_LABEL_WORDS && (links >= 2 || TAG_LABEL.test(label)) : links >= 1;
      if (isTagLine) removeElement(context, outermostWrapper(line), this.name, 'tag list');
    }
  },
};

/** The text of `line` outside its tag links. */
function labelText(line: Element): string {
  let text = '';
  for (const node of Array.from(line.childNodes)) {
    if (node.nodeType === 3) text += ` ${node.textContent ?? ''}`;
    else if (node.nodeType === 1 && !isTagLink(node as Element)) text += ` ${node.textContent ?? ''}`;
  }
  return text;
}

function isTagLink(element: Element): boolean {
  return /(^|\s)tag(\s|$)/i.test(element.getAttribute('rel') ?? '');
}
