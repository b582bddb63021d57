// Property-based fuzzing of the whole pipeline with fast-check (fixed seed; FUZZ_RUNS=10 for a
// run ten times longer, FUZZ_SEED for another seed): random documents, and real pages (the
// fixtures and a sample of corpus pages kept in tests/fixtures) damaged by one to three mutations.
// Whatever comes in, runPipeline returns an article or a coded failure, its digest passes the
// schema and its Markdown is well-formed; a break is shrunk by fast-check to a small counter-example.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mutation, MUTATIONS, randomDocument } from './html-arbitraries';
import { fuzzSettings, runPipeline, Tally } from './run-pipeline';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
/** The corpus pages the CI run uses, copied from the evaluation corpora (see its README). */
const CORPUS_SAMPLE = join(FIXTURES, 'corpus-sample');
/** The whole dev corpora, beside the project in the development workspace: the extended run takes every page when they are there. */
const CORPORA = resolve(ROOT, '../shared/eval/corpora');
/** A fuzz case is a page of ordinary size: seconds would mean a hang in the making. */
const CASE_LIMIT_MS = 8_000;

const tally = new Tally();
afterAll(() => console.log(`\n${tally.report()}`));

function readPage(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function pagesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.html(\.gz)?$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function corpusPages(): { name: string; html: string }[] {
  const extended = Boolean(process.env.FUZZ_RUNS);
  if (extended && !existsSync(CORPORA)) console.warn(`FUZZ_RUNS: no corpora at ${CORPORA}, so only the corpus sample of tests/fixtures is mutated`);
  const corpusRoot = extended && existsSync(CORPORA) ? CORPORA : CORPUS_SAMPLE;
  const corpora = ['article-benchmark', 'boilerplate'].flatMap((corpus) => pagesIn(join(corpusRoot, corpus, 'html')));
  return [...pagesIn(FIXTURES), ...corpora].map((path) => ({ name: relative(ROOT, path), html: readPage(path) }));
}

describe('pipeline fuzzing', () => {
  it('random documents: an article or a coded failure, schema-valid digest, well-formed Markdown', () => {
    fc.assert(
      fc.property(randomDocument, (html) => {
        const outcome = runPipeline(html);
        tally.add('random documents', html.slice(0, 60), outcome);
        expect(outcome.ms).toBeLessThan(CASE_LIMIT_MS);
      }),
      fuzzSettings(300),
    );
  }, 120_000);

  it('real pages with one to three mutations (truncated, tags shuffled, attributes garbled, wrong encodings, junk spliced in)', () => {
    const pages = corpusPages();
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.array(mutation, { minLength: 1, maxLength: 3 }), (page, mutations) => {
        const html = mutations.reduce((current, { name, a, b }) => (MUTATIONS[name] ?? ((same: string) => same))(current, a, b), page.html);
        const outcome = runPipeline(html);
        tally.add('mutated real pages', `${page.name} + ${mutations.map((m) => m.name).join(', ')}`, outcome);
        expect(outcome.ms).toBeLessThan(CASE_LIMIT_MS);
      }),
      fuzzSettings(100),
    );
  }, 300_000);

  it('every sampled real page, unmutated, still gives an article (the fuzz inputs start from working pages)', () => {
    for (const page of corpusPages().slice(0, 3)) {
      const outcome = runPipeline(page.html);
      tally.add('unmutated pages', page.name, outcome);
      expect(outcome.ok, page.name).toBe(true);
    }
  }, 60_000);
});
