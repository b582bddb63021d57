// The pathological pages of the issue (10 MB of text, 100,000-deep nesting, no body, framesets,
// SVG/XML, binary garbage, a 1 MB paragraph, 50,000 tiny paragraphs, …) through the whole
// pipeline: each returns an article or a coded failure within its time limit, never a throw.
// The heaviest extra pages run only when FUZZ_RUNS is set (the extended run).
import { afterAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL_PAGES } from '../../helpers/pathological-pages';
import { runPipeline, Tally } from './run-pipeline';

/** No page may take longer than this, all steps together (10 s extraction budget plus the digest), even on a loaded CI machine. */
const PAGE_LIMIT_MS = 20_000;
const tally = new Tally();
const extended = Boolean(process.env.FUZZ_RUNS);

afterAll(() => console.log(`\n${tally.report()}`));

describe('pathological pages', () => {
  const pages = PATHOLOGICAL_PAGES.filter((page) => extended || !page.extendedOnly);
  it.each(pages.map((page) => [page.name, page] as const))('%s: a value, in time', (_name, page) => {
    const outcome = runPipeline(page.build());
    tally.add('pathological pages', page.name, outcome);
    expect(outcome.ms).toBeLessThan(PAGE_LIMIT_MS);
    if (page.expect) expect(outcome.ok ? 'article' : outcome.code).toBe(page.expect);
  }, PAGE_LIMIT_MS * 2);
});
