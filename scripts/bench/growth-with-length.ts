// Part 2: how extract and digest time grow with article length, on synthetic pages of real
// sentences (synthetic-article.ts). The exponent k of time ∝ words^k is fitted by least squares
// in log-log space; near-linear means k close to 1. Readability alone is fitted too, as context:
// extraction cannot grow slower than the Readability pass it contains.
import { Readability } from '@mozilla/readability';
import { digestArticle } from '../../lib/digest/digest-article';
import { parseHtml } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract-article';
import { ms, type BenchRow, type PartResult } from './bench-result';
import { fitExponent, median } from './stats';
import { proseSentences, syntheticArticleHtml } from './synthetic-article';

export const GROWTH_TARGET = 1.2;
export const GROWTH_SIZES = [1_000, 10_000, 100_000, 300_000] as const;
const NOW = new Date('2026-01-01T00:00:00Z');

export interface SizeTiming {
  words: number;
  /** Words in the extracted article (what the digest reads, up to its own cap). */
  extractedWords: number;
  parseMs: number;
  readabilityMs: number;
  extractMs: number;
  digestMs: number;
}

export interface GrowthOptions {
  sizes?: readonly number[];
  /** Runs per size; long pages get fewer (at least 3) so the bench stays within minutes. Default 5. */
  runs?: number;
  sentences?: readonly string[];
  /** Digest and extract a 2,000-word page first, untimed (JIT, Intl segmenters). Default true. */
  warmup?: boolean;
}

function runsFor(words: number, runs: number): number {
  return words >= 100_000 ? Math.min(runs, 3) : runs;
}

export function timeSize(sentences: readonly string[], targetWords: number, runs: number): SizeTiming {
  const page = syntheticArticleHtml(sentences, targetWords);
  const parseStart = performance.now();
  const document = parseHtml(page.html, 'https://bench.example/story');
  const parseMs = performance.now() - parseStart;
  const readability: number[] = [];
  const extract: number[] = [];
  const digest: number[] = [];
  let extractedWords = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    readability.push(performance.now() - start);
    start = performance.now();
    const result = extractArticle(document, { url: 'https://bench.example/story' });
    extract.push(performance.now() - start);
    if (!result.ok) throw new Error(`the synthetic ${targetWords}-word page did not extract: ${result.error.code}`);
    extractedWords = result.article.wordCount;
    start = performance.now();
    digestArticle(result.article, { now: NOW });
    digest.push(performance.now() - start);
  }
  return { words: page.words, extractedWords, parseMs, readabilityMs: median(readability), extractMs: median(extract), digestMs: median(digest) };
}

export function runGrowthBench(options: GrowthOptions = {}): PartResult & { timings: SizeTiming[] } {
  const sentences = options.sentences ?? proseSentences();
  const sizes = options.sizes ?? GROWTH_SIZES;
  const runs = options.runs ?? 5;
  if (options.warmup ?? true) timeSize(sentences, 2_000, 2);
  const timings = sizes.map((size) => timeSize(sentences, size, runsFor(size, runs)));
  const part = '2 growth with length';
  const rows: BenchRow[] = timings.map((t) => ({
    part,
    measure: `${t.words.toLocaleString('en-US')} words (${t.extractedWords.toLocaleString('en-US')} extracted)`,
    value: `extract ${ms(t.extractMs)} (Readability ${ms(t.readabilityMs)}); digest ${ms(t.digestMs)}`,
  }));
  const exponent = (key: 'extractMs' | 'digestMs' | 'readabilityMs') => fitExponent(timings.map((t) => ({ x: t.words, y: t[key] })));
  const extractK = exponent('extractMs');
  const digestK = exponent('digestMs');
  rows.push({ part, measure: 'fitted exponent, extract', value: extractK.toFixed(2), target: `≤ ${GROWTH_TARGET}`, met: extractK <= GROWTH_TARGET });
  rows.push({ part, measure: 'fitted exponent, digest', value: digestK.toFixed(2), target: `≤ ${GROWTH_TARGET}`, met: digestK <= GROWTH_TARGET });
  rows.push({ part, measure: 'fitted exponent, Readability alone (context)', value: exponent('readabilityMs').toFixed(2) });
  return {
    rows,
    timings,
    notes: [
      `Part 2: synthetic article pages (${sentences.length} real sentences from article-benchmark's ground truth, recombined in a fixed order, in news-page markup: nav, byline, headings, lists, quotes, figures, related links, footer); median of ${runs} runs (3 from 100k words); each page parsed once. Exponent: least-squares slope of log(time) on log(words) over ${sizes.length} sizes. The digest reads at most the first MAX_DIGEST_CHARS (lib/guard/page-limits.ts) of an article, so past that its time levels off by design.`,
    ],
  };
}
