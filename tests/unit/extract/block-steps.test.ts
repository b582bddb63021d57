// The steps that work on the article's blocks.
import { describe, expect, it } from 'vitest';
import { dropEmptyHeadings } from '../../../lib/extract/steps/drop-empty-headings';
import { dropRepeatedBlocks } from '../../../lib/extract/steps/drop-repeated-blocks';
import { dropRestatedBlocks } from '../../../lib/extract/steps/drop-restated-blocks';
import { fourweekmba } from '../../../lib/extract/sites/fourweekmba';
import { PROSE, runBlockStep } from './run-step';

const FIRST = 'Amazon builds primitives for itself, scales them until they are world class, and then sells them to everyone else.';
const SECOND = 'Commodity markets reward structural cost advantages above all else, and a cost structure is hard to copy.';

describe('drop-restated-blocks', () => {
  it.each([
    ['a summary box before the body', `<div class="key-summary"><p>${FIRST}</p><h4>Key points</h4><p>${SECOND}</p></div><p>${FIRST}</p><p>${SECOND}</p>`],
    ['an FAQ section after the body', `<p>${FIRST}</p><p>${SECOND}</p><section class="faq"><h3>What does Amazon build?</h3><p>${FIRST}</p></section>`],
    ['an FAQ marked by schema.org only', `<p>${FIRST}</p><p>${SECOND}</p><div itemscope itemtype="https://schema.org/FAQPage"><h3>Why?</h3><p>${SECOND}</p></div>`],
    ['an FAQ marked by its heading only', `<p>${FIRST}</p><p>${SECOND}</p><h2>Frequently Asked Questions</h2><h3>Why?</h3><p>${SECOND}</p>`],
    ['a box that cuts a sentence short with an ellipsis', `<div class="tldr"><p>${FIRST.slice(0, 60)}…</p></div><p>${FIRST}</p><p>${SECOND}</p>`],
  ])('keeps the body copy and drops %s', (_name, html) => {
    const { blocks, context } = runBlockStep(dropRestatedBlocks, html);
    expect(blocks.map((b) => b.text)).toEqual([FIRST, SECOND]);
    expect(context.removals.every((r) => r.step === 'drop-restated-blocks')).toBe(true);
  });

  it('keeps a summary box that says something the body does not', () => {
    const html = `<div class="summary"><p>${PROSE}</p></div><p>${FIRST}</p><p>${SECOND}</p>`;
    expect(runBlockStep(dropRestatedBlocks, html).blocks.map((b) => b.text)).toEqual([PROSE, FIRST, SECOND]);
  });

  it("uses a site module's restating boxes", () => {
    const html = `<div class="key-summary-box"><p>${FIRST}</p></div><p>${FIRST}</p><p>${SECOND}</p>`;
    expect(runBlockStep(dropRestatedBlocks, html, [fourweekmba]).blocks.map((b) => b.text)).toEqual([FIRST, SECOND]);
  });
});

describe('drop-repeated-blocks', () => {
  it.each([
    ['a pull quote repeating a paragraph', `<p>${FIRST}</p><blockquote>${FIRST}</blockquote><p>${SECOND}</p>`, [FIRST, SECOND]],
    ['short repeated labels, which it leaves alone', `<p>Note</p><p>${FIRST}</p><p>Note</p>`, ['Note', FIRST, 'Note']],
  ])('handles %s', (_name, html, expected) => {
    expect(runBlockStep(dropRepeatedBlocks, html).blocks.map((b) => b.text)).toEqual(expected);
  });
});

describe('drop-empty-headings', () => {
  it.each([
    ['a heading at the end, whose section was emptied', `<p>${FIRST}</p><h2>More from the site</h2>`, [FIRST]],
    ['two headings at the end', `<p>${FIRST}</p><h2>Most read</h2><h3>Today</h3>`, [FIRST]],
    ['headings that head text, which it keeps', `<h2>One</h2><p>${FIRST}</p><h2>Two</h2><h3>Two, first part</h3><p>${SECOND}</p>`, ['One', FIRST, 'Two', 'Two, first part', SECOND]],
  ])('handles %s', (_name, html, expected) => {
    expect(runBlockStep(dropEmptyHeadings, html).blocks.map((b) => b.text)).toEqual(expected);
  });
});
