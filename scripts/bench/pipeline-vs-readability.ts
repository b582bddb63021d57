// Part 1: our pipeline against plain Readability, in one process, on the same pages and the same
// DOM library (linkedom). Each page is parsed once; every run then times Readability on a clone
// of that document, and extractArticle (which clones it itself) followed by digestArticle, the
// two interleaved and alternating in order so machine load hits both alike, each after a full GC.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { digestArticle } from '../../lib/digest/digest-article';
import { parseHtml } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract-article';
import { ms, ratio, type BenchRow, type PartResult } from './bench-result';
import type { CorpusPage } from './corpus-pages';
import { median, sum } from './stats';

export const PIPELINE_TARGET = 1.3;
const NOW = new Date('2026-01-01T00:00:00Z');

// A full garbage collection before every timed run, so each run pays for its own garbage and not
// for what the runs before it left: on linkedom (a WeakMap entry per node) a major collection is
// long, and whichever run it lands in doubled; without this, two runs of this part on the same
// code gave 1.61× and 1.25×.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface PageTiming {
  corpus: string;
  name: string;
  parseMs: number;
  readabilityMs: number;
  extractMs: number;
  /** Extract plus digest, timed in the same run as extractMs. */
  pipelineMs: number;
  /** Every run summed, outliers (garbage collection pauses) included. */
  readabilityTotalMs: number;
  pipelineTotalMs: number;
  extracted: boolean;
}

function timeReadability(document: Document): number {
  collectGarbage();
  const start = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

function timePipeline(document: Document, url: string): { extractMs: number; pipelineMs: number; extracted: boolean } {
  collectGarbage();
  const start = performance.now();
  const result = extractArticle(document, { url });
  const extracted = performance.now();
  if (result.ok) digestArticle(result.article, { now: NOW });
  const done = performance.now();
  return { extractMs: extracted - start, pipelineMs: done - start, extracted: result.ok };
}

export function timePage(page: CorpusPage, runs: number): PageTiming {
  const parseStart = performance.now();
  const document = parseHtml(page.html, page.url || undefined);
  const parseMs = performance.now() - parseStart;
  const readability: number[] = [];
  const extract: number[] = [];
  const pipeline: number[] = [];
  let extracted = false;
  for (let run = 0; run < runs; run++) {
    const readabilityFirst = run % 2 === 0;
    if (readabilityFirst) readability.push(timeReadability(document));
    const ours = timePipeline(document, page.url);
    extract.push(ours.extractMs);
    pipeline.push(ours.pipelineMs);
    extracted = ours.extracted;
    if (!readabilityFirst) readability.push(timeReadability(document));
  }
  return {
    corpus: page.corpus,
    name: page.name,
    parseMs,
    readabilityMs: median(readability),
    extractMs: median(extract),
    pipelineMs: median(pipeline),
    readabilityTotalMs: sum(readability),
    pipelineTotalMs: sum(pipeline),
    extracted,
  };
}

export interface PipelineOptions {
  pages: readonly CorpusPage[];
  /** Timed runs per page (after one warm-up pass over all pages). Default 5. */
  runs?: number;
  /** Pages timed once, untimed, before the runs (JIT warm-up). Default 20. */
  warmupPages?: number;
  onProgress?: (done: number, total: number) => void;
}

export function runPipelineBench(options: PipelineOptions): PartResult & { timings: PageTiming[] } {
  const runs = options.runs ?? 5;
  // One untimed pass so the JIT has compiled Readability and our steps before anything is timed.
  for (const page of options.pages.slice(0, options.warmupPages ?? 20)) timePage(page, 1);
  const timings: PageTiming[] = [];
  for (const page of options.pages) {
    timings.push(timePage(page, runs));
    options.onProgress?.(timings.length, options.pages.length);
  }
  const part = '1 pipeline vs Readability';
  const rows: BenchRow[] = [];
  for (const corpus of [...new Set(timings.map((t) => t.corpus))]) {
    const group = timings.filter((t) => t.corpus === corpus);
    rows.push({ part, measure: `${corpus} (${group.length} pages)`, value: summarize(group) });
  }
  const total = ratioOf(timings, 'pipelineMs');
  rows.push({ part, measure: `all ${timings.length} pages: extract only / Readability`, value: ratio(ratioOf(timings, 'extractMs')) });
  rows.push({ part, measure: `all ${timings.length} pages: extract+digest / Readability`, value: ratio(total), target: `≤ ${PIPELINE_TARGET}×`, met: total <= PIPELINE_TARGET });
  // A context row: a median drops the runs a major garbage collection landed in, which on linkedom
  // are a large and erratic share of both sides' time.
  rows.push({
    part,
    measure: `all ${timings.length} pages, every run summed (GC pauses included): extract+digest / Readability`,
    value: ratio(sum(timings.map((t) => t.pipelineTotalMs)) / sum(timings.map((t) => t.readabilityTotalMs))),
  });
  rows.push({
    part,
    measure: 'per-page ratio extract+digest / Readability, median',
    value: ratio(median(timings.map((t) => t.pipelineMs / t.readabilityMs))),
  });
  const failed = timings.filter((t) => !t.extracted).length;
  return {
    rows,
    timings,
    notes: [
      `Part 1: ${timings.length} pages of the dev corpora (../shared/eval/corpora/*/html), each parsed once with linkedom (parse ${ms(sum(timings.map((t) => t.parseMs)))} in all, not counted); per page the median of ${runs} runs of \`new Readability(doc.cloneNode(true)).parse()\` and of \`extractArticle(doc)\` then \`digestArticle\` (same run; extract-only is its first half), each timed after a full garbage collection, alternating which goes first. Ratios are sums of per-page medians; ${failed} page(s) had no article, so only extraction ran there.`,
    ],
  };
}

function ratioOf(timings: readonly PageTiming[], key: 'extractMs' | 'pipelineMs'): number {
  return sum(timings.map((t) => t[key])) / sum(timings.map((t) => t.readabilityMs));
}

function summarize(group: readonly PageTiming[]): string {
  const readability = sum(group.map((t) => t.readabilityMs));
  return `Readability ${ms(readability)}; extract ${ratio(ratioOf(group, 'extractMs'))}; extract+digest ${ratio(ratioOf(group, 'pipelineMs'))}`;
}
