import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../lib/engines/fold-for-match';
import { createQuoteChecker } from '../../../lib/engines/verify-quotes';

const ARTICLE = [
  'Aggregators win by “owning the user” — not the supply.',
  "It's   a\u00a0simple idea… with hard consequences.",
  'Co\u00adordination costs fall as the internet scales.',
].join('\n\n');

describe('foldForMatch', () => {
  it.each([
    ['“Quoted” ‘text’', '"quoted" \'text\''],
    ['en – em — minus −', 'en - em - minus -'],
    ['a \n\t b\u00a0c', 'a b c'],
    ['wait…', 'wait...'],
    ['soft\u00adhy\u200bphen', 'softhyphen'],
    // The prompt drops every format character (build-prompt.ts), bidi marks included.
    ['bidi\u200e mark\u202a and\u2066 isolate\u2069', 'bidi mark and isolate'],
  ])('%j → %j', (input, folded) => {
    expect(foldForMatch(input).folded).toBe(folded);
  });

  it('maps every folded character back into the original', () => {
    const { folded, map } = foldForMatch('A  “b”');
    expect(folded).toBe('a "b"');
    expect(map).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('quote checks', () => {
  it.each([
    ['straight quotes and a hyphen', 'Aggregators win by "owning the user" - not the supply.'],
    ['different case and spacing', "it's a simple idea... with hard consequences."],
    ['wrapped in quote marks', '“Aggregators win by “owning the user” — not the supply.”'],
    ['a fragment of a sentence', 'owning the user'],
    ['a soft hyphen in the article only', 'Coordination costs fall as the internet scales.'],
    ['an elided tail', 'Coordination costs fall…'],
  ])('finds a quote with %s, stored as the article spells it', (_case, quote) => {
    const checked = createQuoteChecker(ARTICLE).check({ text: 'Point.', quote });
    expect(checked.verified).toBe(true);
    expect(ARTICLE).toContain(checked.quote);
  });

  it.each([
    ['an invented sentence', 'Aggregators always lose.'],
    ['a paraphrase', 'Aggregators win by owning users rather than supply.'],
    ['words from two places glued', 'owning the user with hard consequences'],
  ])('drops %s and marks the item unverified', (_case, quote) => {
    const checker = createQuoteChecker(ARTICLE);
    expect(checker.check({ text: ' Point. ', quote })).toEqual({ text: 'Point.', verified: false });
    expect(checker.dropped).toBe(1);
  });

  it('leaves an item without a quote unmarked', () => {
    expect(createQuoteChecker(ARTICLE).check({ text: 'Point.', quote: null })).toEqual({ text: 'Point.' });
    expect(createQuoteChecker(ARTICLE).check({ text: 'Point.', quote: '  ' })).toEqual({ text: 'Point.' });
  });
});
