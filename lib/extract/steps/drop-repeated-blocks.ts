// The same passage twice in the body (a pull quote, a teaser repeated above the text): only the
// first copy stays. Short blocks ("Share", a repeated subheading) are left to other steps.
import { recordRemoval, type CleaningStep } from '../cleaning-step';
import { foldForCompare } from '../fold-for-compare';

const MIN_CHARS = 60;

export const dropRepeatedBlocks: CleaningStep = {
  name: 'drop-repeated-blocks',
  phase: 'blocks',
  run(blocks, context) {
    const seen = new Set<string>();
    return blocks.filter((block) => {
      const key = foldForCompare(block.text);
      if (key.length < MIN_CHARS) return true;
      if (!seen.has(key)) {
        seen.add(key);
        return true;
      }
      recordRemoval(context, this.name, 'repeats an earlier block', block.text);
      return false;
    });
  },
};
