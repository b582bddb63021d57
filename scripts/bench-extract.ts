// Times plain Readability against extractArticle over a folder of pages, in one process, on the
// same server-side DOM (linkedom): the cost of our cleaning steps on top of Readability.
//   npx tsx scripts/bench-extract.ts [DIR] [--rounds N]
// DIR holds .html or .html.gz files (default: the boilerplate corpus). Each round parses every
// page afresh for both; the two are interleaved so machine load hits both alike.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../lib/dom/parse-html';
import { extractArticle } from '../lib/extract/extract-article';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '1' } } });
const dir = positionals[0] ?? '../shared/eval/corpora/boilerplate/html';
const rounds = Number(values.rounds);
const pages = readdirSync(dir)
  .filter((f) => /\.html(\.gz)?$/.test(f))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(dir, f));
    return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  });

let plainMs = 0;
let oursMs = 0;
let plainFailed = 0;
let oursFailed = 0;
for (let round = 0; round < rounds; round++) {
  for (const html of pages) {
    let t = performance.now();
    const plain = new Readability(parseHtml(html)).parse();
    plainMs += performance.now() - t;
    if (!plain?.textContent?.trim()) plainFailed++;
    t = performance.now();
    const ours = extractArticle(parseHtml(html));
    oursMs += performance.now() - t;
    if (!ours.ok) oursFailed++;
  }
}
const per = (ms: number) => (ms / rounds / 1000).toFixed(2);
process.stdout.write(
  `${pages.length} pages × ${rounds} round(s), linkedom, parse included\n` +
    `  plain Readability  ${per(plainMs)} s per round  (${plainFailed / rounds} without text)\n` +
    `  extractArticle     ${per(oursMs)} s per round  (${oursFailed / rounds} failed)\n` +
    `  ratio              ${(oursMs / plainMs).toFixed(2)}×\n`,
);
