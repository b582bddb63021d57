import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/digest/digest-article';
import { makeArticle } from './make-article';

// Every sentence is one object shape, its fields written in one order by every path that makes
// one (a plain sentence, a byline cut from the first paragraph, a sentence joined across two
// paragraphs). A second shape makes each step's code handle two; a shape built by spreading
// another object is dropped by the next full garbage collection, and with it the optimized code
// of every step, which then runs unoptimized (a digest after a collection took twice as long).
const SENTENCE_FIELDS = ['index', 'text', 'start', 'end', 'blockIndex', 'blockType', 'heading', 'words', 'tokens', 'facts', 'stems', 'spansBlocks', 'unusable'];

describe('sentence objects', () => {
  it('have the same fields in the same order whichever path made them', () => {
    const context = buildContext(
      makeArticle(
        [
          'By Jane Doe The council voted to close the depot on Tuesday.',
          ['heading', 'What happens next'],
          'Buses will run from the new site on',
          'the first of May, the council said.',
          ['list-item', 'Check the new timetable before you travel.'],
        ],
        { byline: 'Jane Doe' },
      ),
    );
    expect(context.sentences.some((s) => s.spansBlocks)).toBe(true);
    expect(context.sentences[0]?.text).toBe('The council voted to close the depot on Tuesday.');
    for (const sentence of context.sentences) expect(Object.keys(sentence)).toEqual(SENTENCE_FIELDS);
  });
});
