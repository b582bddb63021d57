// Smoke runs of the Node bench parts on tiny inputs, so `npm run bench` never rots.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { runBundleBench } from '../../../scripts/bench/bundle-sizes';
import { loadCorpusPages } from '../../../scripts/bench/corpus-pages';
import { runGrowthBench } from '../../../scripts/bench/growth-with-length';
import { runPipelineBench } from '../../../scripts/bench/pipeline-vs-readability';
import { markdownTable, resultsMarkdown } from '../../../scripts/bench/results-table';
import { proseSentences, syntheticArticleHtml } from '../../../scripts/bench/synthetic-article';

const CORPUS_SAMPLE = join(import.meta.dirname, '../../fixtures/corpus-sample');

/** Prose sentences of the corpus sample's pages, as the corpus's ground truth would give them (one paragraph a line). */
function sampleSentences(): string[] {
  const bodies = loadCorpusPages({ dir: CORPUS_SAMPLE }).flatMap((page) => {
    const result = extractArticle(parseHtml(page.html));
    return result.ok ? [result.article.blocks.map((b) => b.text).join('\n')] : [];
  });
  return proseSentences(bodies);
}

describe('bench parts on tiny inputs', () => {
  it('part 1 times Readability, extract and digest on a page of each corpus', () => {
    // The corpus sample kept in the repository has the corpora's layout, with two of them.
    const loaded = loadCorpusPages({ dir: CORPUS_SAMPLE, perCorpus: 4 });
    // The smallest of the first pages of each corpus keeps this smoke run fast.
    const corpora = [...new Set(loaded.map((p) => p.corpus))];
    expect(corpora).toEqual(['article-benchmark', 'boilerplate']);
    const pages = corpora.map((corpus) => loaded.filter((p) => p.corpus === corpus).sort((a, b) => a.html.length - b.html.length)[0]!);
    // Small enough for a smoke run under a loaded test runner.
    const result = runPipelineBench({ pages, runs: 1, warmupPages: 0 });
    expect(result.timings).toHaveLength(2);
    for (const t of result.timings) expect(t.pipelineMs).toBeGreaterThanOrEqual(t.extractMs);
    expect(result.rows.find((r) => r.target)?.measure).toMatch(/extract\+digest \/ Readability/);
  });

  it('says where the corpora are expected when they are missing', () => {
    expect(() => loadCorpusPages({ dir: join(tmpdir(), 'no-corpora-here') })).toThrow(/corpora are not at .*no-corpora-here.*\.\.\/shared\/eval\/corpora/);
  });

  it('synthetic pages are deterministic, long enough and never repeat a sentence back to back', () => {
    const sentences = sampleSentences();
    const a = syntheticArticleHtml(sentences, 1_500);
    expect(syntheticArticleHtml(sentences, 1_500)).toEqual(a);
    expect(a.words).toBeGreaterThanOrEqual(1_500);
    const paragraphs = [...a.html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('part 2 fits exponents over two small sizes', () => {
    const result = runGrowthBench({ sentences: sampleSentences(), sizes: [300, 900], runs: 1, warmup: false });
    expect(result.timings.map((t) => t.words >= 300)).toEqual([true, true]);
    expect(result.rows.filter((r) => r.measure.startsWith('fitted exponent'))).toHaveLength(3);
  });

  it('part 5 follows static imports and stylesheets of each entry', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    mkdirSync(join(root, 'chunks'));
    writeFileSync(join(root, 'manifest.json'), '{}');
    writeFileSync(join(root, 'background.js'), 'console.log(1)');
    writeFileSync(join(root, 'popup.html'), '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/popup.css">');
    writeFileSync(join(root, 'popup.css'), 'body{}');
    writeFileSync(join(root, 'chunks/popup.js'), 'import{a}from"./shared.js";import("./lazy.js");');
    writeFileSync(join(root, 'chunks/shared.js'), 'export const a=1;');
    writeFileSync(join(root, 'chunks/lazy.js'), 'export const b=2;');
    const { sizes } = runBundleBench(root);
    expect(sizes.map((s) => [s.entry, s.files])).toEqual([
      ['background.js', ['background.js']],
      ['popup.html', ['chunks/popup.js', 'chunks/shared.js', 'popup.css', 'popup.html']],
    ]);
    expect(sizes.every((s) => s.gzip > 0 && s.raw > 0)).toBe(true);
  });

  it('writes one Markdown table with targets and verdicts', () => {
    const rows = [
      { part: '1', measure: 'a | b', value: '1.10×', target: '≤ 1.3×', met: true },
      { part: '2', measure: 'c', value: '2' },
    ];
    expect(markdownTable(rows).split('\n')).toEqual(['| Part | Measure | Value | Target | Met |', '| --- | --- | --- | --- | --- |', '| 1 | a \\| b | 1.10× | ≤ 1.3× | yes |', '| 2 | c | 2 |  |  |']);
    expect(resultsMarkdown([{ rows, notes: ['how'] }], ['header'])).toContain('- how');
  });
});
