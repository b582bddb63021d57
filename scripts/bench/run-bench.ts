// `npm run bench`: every bench part in turn, one table on stdout, the same table as Markdown in
// bench/results.md. Figures are medians of repeated runs on this machine; compare ratios taken
// in the same run rather than absolute times across machines or runs.
//   npm run bench [-- --parts 1,2,3,4,5] [--runs N] [--pipeline-runs N] [--count N] [--out FILE]
// Parts 3 and 4 need the Chrome build (`npm run bench` builds it first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURES_DIR } from '../../tests/e2e/harness/fixture-server';
import { parseScriptArgs } from '../script-args';
import type { PartResult } from './bench-result';
import { runBundleBench } from './bundle-sizes';
import { loadCorpusPages } from './corpus-pages';
import { runGrowthBench } from './growth-with-length';
import { runLibraryBench } from './library-at-scale';
import { baseRecords } from './library-records';
import { runPipelineBench } from './pipeline-vs-readability';
import { runPopupBench } from './popup-click-to-card';
import { resultsMarkdown, textTable } from './results-table';
import { proseSentences, syntheticArticleHtml } from './synthetic-article';

const USAGE = `Usage: npm run bench [-- --parts 1,2,3,4,5] [--runs N] [--pipeline-runs N] [--per-corpus N] [--count N] [--out FILE]
   or: npx tsx scripts/bench/run-bench.ts [same options]   (after \`npx wxt build\` for parts 3 and 4)

Runs the bench parts and prints one table; writes it as Markdown to --out.
  1  extract + digest against plain Readability on the dev corpora (../shared/eval/corpora)
  2  growth of time with article length (synthetic pages from the article-benchmark corpus)
  3  toolbar click to the card's paint in Chromium (the fixtures and a 50k-word page)
  4  the library at --count digests in Chromium: open, search as you type, heap, import, export
  5  bundle sizes of the Chrome build
Parts 1 to 4 read the dev corpora in ../shared/eval/corpora, which sit beside the project in the
development workspace only; without them those parts fail with a message and part 5 still runs.
  --parts LIST        which parts (default 1,2,3,4,5)
  --runs N            repetitions per measure (default 5 per page in part 1, 20 clicks in part 3)
  --pipeline-runs N   runs per page in part 1 only
  --per-corpus N      at most N pages per corpus in part 1 (a quicker look)
  --count N           digests in the library for part 4 (default 10000)
  --out FILE          where the Markdown table goes (default bench/results.md)
  -h, --help          this text`;

const { values } = parseScriptArgs(USAGE, {
  options: {
    parts: { type: 'string', default: '1,2,3,4,5' },
    runs: { type: 'string' },
    count: { type: 'string', default: '10000' },
    'per-corpus': { type: 'string' },
    /** Runs per page in part 1 (650 pages; each run takes minutes on a loaded machine). */
    'pipeline-runs': { type: 'string' },
    out: { type: 'string', default: 'bench/results.md' },
  },
});
const parts = new Set(values.parts.split(',').map((p) => p.trim()));
const runs = values.runs ? Number(values.runs) : undefined;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function fixturePages(): { html: string; url: string }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ html: readFileSync(join(FIXTURES_DIR, file), 'utf8'), url: `https://fixtures.example/${file.replace(/\.html$/, '')}/` }));
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    return `unknown Chromium (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

const started = new Date();
const load = loadavg()[0]!.toFixed(1);
const results: PartResult[] = [];
// Part 1 first, in a fresh process: Readability's time on linkedom swings with the state of the
// heap (its median over the dev pages was 3× slower after the browser and library parts had run,
// which flattered our ratio: 1.17× then, 1.52× run alone). Then the browser parts, the likeliest
// to be disturbed (a rebuild of .output mid-run); the table is written after every part, so a
// failure keeps what was measured before it.
const PARTS: [string, () => Promise<PartResult> | PartResult][] = [
  [
    '1',
    () => {
      const pages = loadCorpusPages({ perCorpus: values['per-corpus'] ? Number(values['per-corpus']) : undefined });
      return runPipelineBench({ pages, runs: Number(values['pipeline-runs'] ?? runs ?? 5), onProgress: (done, total) => done % 50 === 0 && log(`part 1: ${done}/${total}`) });
    },
  ],
  ['5', () => runBundleBench()],
  [
    '3',
    () => {
      const page = syntheticArticleHtml(proseSentences(), 50_000);
      return runPopupBench({ runs: runs ?? 20, contextRuns: 10, extraPages: new Map([[`synthetic ${Math.round(page.words / 1000)}k words`, page.html]]) });
    },
  ],
  [
    '4',
    () => {
      const pages = [...fixturePages(), ...loadCorpusPages().filter((p) => p.corpus === 'article-benchmark')];
      return runLibraryBench({ bases: baseRecords(pages), count: Number(values.count), runs: runs ?? 5 });
    },
  ],
  ['2', () => runGrowthBench({ runs: runs ?? 5 })],
];
const header = [
  `\`npm run bench\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${chromiumVersion()}, ${cpus().length}× ${cpus()[0]?.model ?? 'CPU'}, load average ${load} at the start (a shared machine: read ratios measured in the same run, not absolute times).`,
];
const write = () => {
  const ordered = [...results].sort((a, b) => (a.rows[0]?.part ?? '').localeCompare(b.rows[0]?.part ?? ''));
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, resultsMarkdown(ordered, header));
  return ordered;
};
let failed = false;
for (const [part, run] of PARTS) {
  if (!parts.has(part)) continue;
  log(`part ${part}`);
  try {
    results.push(await run());
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    log(`part ${part} failed: ${message}`);
    results.push({ rows: [{ part, measure: 'failed', value: message.split('\n')[0]!.slice(0, 200) }], notes: [] });
  }
  write();
}
const rows = write().flatMap((r) => r.rows);
process.stdout.write(`${textTable(rows)}\n`);
log(`wrote ${values.out}`);
process.exit(failed ? 1 : 0);
