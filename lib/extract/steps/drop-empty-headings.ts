// Headings at the very end of the article, with no text after them: the titles of sections the
// other steps emptied (related stories, "more from the site", a product box) or of widgets that
// were never text. An article's own headings always head some text.
import { recordRemoval, type CleaningStep } from '../cleaning-step';

export const dropEmptyHeadings: CleaningStep = {
  name: 'drop-empty-headings',
  phase: 'blocks',
  run(blocks, context) {
    let end = blocks.length;
    while (end > 0 && blocks[end - 1]?.type === 'heading') recordRemoval(context, this.name, 'heading with nothing after it', blocks[--end]?.text ?? '');
    return end === blocks.length ? blocks : blocks.slice(0, end);
  },
};
