// Digest time for 1k, 10k and 100k-word articles, made of real sentences recombined in a fixed
// order, so the figures repeat run to run. The sentences come from the sample article, the
// fixtures and the CNN/DailyMail pages of ../shared/eval (thousands of distinct sentences, so
// the vocabulary of a long page is as varied as a real one's; memo caches get no free ride).
//   npm run bench:digest            (Node, the local engine only; extraction is not timed)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../lib/dom/parse-html';
import { extractArticle } from '../lib/extract/extract-article';
import { digestArticle } from '../lib/digest/digest-article';
import { splitSentences } from '../lib/text/split-sentences';
import type { Article } from '../lib/article';
import { CORPORA_DIR, requireCorpora } from './bench/corpus-pages';
import { exitUnless, parseScriptArgs } from './script-args';

parseScriptArgs(
  `Usage: npm run bench:digest

Times the local digest engine alone on articles of 1k, 10k and 100k words (median of 5 runs,
wall and CPU time), built from the sentences of the sample article, tests/fixtures and the
CNN/DailyMail pages of ../shared/eval/corpora/summaries (needed: it stops with a message without them).
  -h, --help  this text`,
  { options: {} },
);

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 5;

function sourceSentences(): string[] {
  const pages: { html: string; url: string }[] = [{ html: readFileSync('scripts/sample-article.html', 'utf8'), url: 'https://example.com/sample' }];
  const fixtures = join('tests', 'fixtures');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) {
    pages.push({ html: readFileSync(join(fixtures, file), 'utf8'), url: `https://example.com/${file}` });
  }
  exitUnless(requireCorpora);
  const news = join(CORPORA_DIR, 'summaries', 'html');
  for (const file of readdirSync(news).filter((f) => f.endsWith('.html.gz'))) {
    pages.push({ html: gunzipSync(readFileSync(join(news, file))).toString('utf8'), url: `https://example.com/${file}` });
  }
  const out: string[] = [];
  for (const page of pages) {
    const result = extractArticle(parseHtml(page.html, page.url), { url: page.url });
    if (!result.ok) continue;
    for (const block of result.article.blocks) for (const s of splitSentences(block.text)) if (s.text.split(' ').length >= 6) out.push(s.text);
  }
  if (out.length < 20) throw new Error(`bench needs real sentences; found only ${out.length}`);
  return out;
}

/** An article of about `words` words: sentences in a deterministic shuffled order, 5 to a paragraph, a heading every 8 paragraphs. */
function buildArticle(sentences: string[], words: number): Article {
  const blocks: Article['blocks'] = [];
  let count = 0;
  let i = 0;
  let paragraph: string[] = [];
  while (count < words) {
    // A stride coprime with the count walks every sentence once before any repeats.
    const sentence = sentences[(i * 7919) % sentences.length] ?? '';
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    i++;
    if (paragraph.length === 5) {
      if (blocks.length % 9 === 0) blocks.push({ type: 'heading', text: `Part ${blocks.length / 9 + 1}`, level: 2 });
      blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    }
  }
  if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
  const text = blocks.map((b) => b.text).join('\n\n');
  return {
    url: 'https://example.com/bench', title: 'Benchmark article', byline: null, siteName: null, publishedTime: null,
    lang: 'en', text, wordCount: count, coverage: { status: 'full' }, blocks,
  };
}

const sentences = sourceSentences();
const now = new Date('2026-01-01T00:00:00Z');
digestArticle(buildArticle(sentences, 2_000), { now }); // warm up the JIT and the Intl segmenters
console.log(`digest (local engine), Node ${process.version}, median of ${RUNS} runs, ${sentences.length} source sentences`);
for (const size of SIZES) {
  const article = buildArticle(sentences, size);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    digestArticle(article, { now });
    const used = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  // CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
  console.log(`  ${String(article.wordCount).padStart(7)} words  ${median(times).toFixed(1).padStart(8)} ms wall  ${median(cpu).toFixed(1).padStart(8)} ms CPU`);
}
