// Summary boxes, "key takeaways" boxes and FAQ sections that restate the body: each passage they
// repeat is dropped, keeping the body's copy; a box that is mostly repeats goes whole, headings too.
import { recordRemoval, type CleaningStep, type SourceBlock } from '../cleaning-step';
import { countWords } from '../element-tests';
import { foldForCompare } from '../fold-for-compare';

// A box whose words are at least this share repeats is a rehash, not a section of its own.
const REHASH_SHARE = 0.5;

export const dropRestatedBlocks: CleaningStep = {
  name: 'drop-restated-blocks',
  phase: 'blocks',
  run(blocks, context) {
    markFaqSections(blocks);
    if (!blocks.some((b) => b.box)) return blocks;
    const body = ` ${blocks.filter((b) => !b.box).map((b) => foldForCompare(b.text)).join('  ')} `;
    const repeated = new Set<SourceBlock>();
    for (const block of blocks) {
      if (block.box && isRestated(block.text, body)) repeated.add(block);
    }
    const boxes = new Map<Element, { words: number; repeatedWords: number }>();
    for (const block of blocks) {
      if (!block.box) continue;
      const tally = boxes.get(block.box) ?? { words: 0, repeatedWords: 0 };
      const words = countWords(block.text);
      tally.words += words;
      if (repeated.has(block)) tally.repeatedWords += words;
      boxes.set(block.box, tally);
    }
    return blocks.filter((block) => {
      if (!block.box) return true;
      const tally = boxes.get(block.box);
      const rehash = tally !== undefined && tally.repeatedWords >= tally.words * REHASH_SHARE;
      if (!repeated.has(block) && !rehash) return true;
      recordRemoval(context, this.name, repeated.has(block) ? 'repeats the body' : 'in a box that repeats the body', block.text);
      return false;
    });
  },
};

const FAQ_HEADING = /^(frequently asked questions|faqs?|questions (and|&) answers|häufig gestellte fragen|häufige fragen|preguntas frecuentes|questions fréquentes|foire aux questions|domande frequenti)\s*:?$/i;

// A section under an "FAQ" heading is a box even when no class says so.
function markFaqSections(blocks: SourceBlock[]): void {
  let faq: SourceBlock | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (faq && (block.level ?? 6) <= (faq.level ?? 6)) faq = null;
      if (!faq && FAQ_HEADING.test(block.text)) faq = block;
    }
    if (faq && !block.box) block.box = faq.element;
  }
}

// Restated when the whole block, or most of its sentences, appear in the body.
function isRestated(text: string, body: string): boolean {
  const folded = foldForCompare(text);
  if (!folded) return false;
  if (body.includes(` ${folded} `) || (folded.length > 40 && body.includes(folded))) return true;
  const sentences = text.split(/(?<=[.!?…])\s+/).map(foldForCompare).filter((s) => s.length > 20);
  if (sentences.length < 2) return false;
  const seen = sentences.filter((s) => body.includes(s)).reduce((n, s) => n + s.length, 0);
  return seen >= sentences.reduce((n, s) => n + s.length, 0) * 0.7;
}
