// The pathological pages of the issue (10 MB of text, 100,000-deep nesting, no body, framesets,
// SVG/XML, binary garbage, a 1 MB paragraph, 50,000 tiny paragraphs, …) through the whole
// pipeline: each returns an article or a coded failure within its time limit, never a throw.
// The heaviest extra pages run only when FUZZ_RUNS is set (the extended run).
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/article';
import { digestArticle } from '../../../lib/digest/digest-article';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { PATHOLOGICAL_PAGES, prose } from '../../helpers/pathological-pages';
import { FIXED_NOW, runPipeline, Tally } from './run-pipeline';

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

// In the browser the extractor gets through pages that linkedom takes too long for (50,000 tiny
// paragraphs in 4.5 s), so the digest must bound its own time on any article it is handed.
const DIGEST_LIMIT_MS = 10_000;

function articleOf(blocks: Article['blocks']): Article {
  const text = blocks.map((block) => block.text).join('\n\n');
  return { url: 'https://example.com/huge', title: 'Huge', byline: null, siteName: null, publishedTime: null, lang: 'en', text, wordCount: text.split(/\s+/).length, coverage: { status: 'full' }, blocks };
}

const HUGE_ARTICLES: [string, () => Article][] = [
  ['50,000 tiny paragraphs', () => articleOf(Array.from({ length: 50_000 }, (_, i) => ({ type: 'paragraph' as const, text: prose(3, i) })))],
  ['50,000 list items', () => articleOf(Array.from({ length: 50_000 }, (_, i) => ({ type: 'list-item' as const, text: `${prose(4, i)}.` })))],
  ['3,000 paragraphs of one vocabulary', () => articleOf(Array.from({ length: 3_000 }, (_, i) => ({ type: 'paragraph' as const, text: prose(60, i) })))],
  ['one 2 MB block', () => articleOf([{ type: 'paragraph', text: prose(340_000) }])],
];

describe('digest of huge articles (as the browser extractor can hand them over)', () => {
  it.each(HUGE_ARTICLES)('%s: a schema-valid digest in time', (name, build) => {
    const article = build();
    const start = performance.now();
    const digest = digestArticle(article, { now: FIXED_NOW });
    const ms = performance.now() - start;
    tally.add('digest of huge articles', name, { ok: true, article, digest, markdown: '', ms });
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(ms).toBeLessThan(DIGEST_LIMIT_MS);
  }, DIGEST_LIMIT_MS * 3);
});
