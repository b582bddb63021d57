// Times plain Readability against extractArticle over a folder of pages, in one process, on the
// same server-side DOM (linkedom): the cost of our cleaning steps on top of Readability.
//   npx tsx scripts/bench-extract.ts [DIR] [--rounds N]
// DIR holds .html or .html.gz files (default: the boilerplate corpus). Every variant parses each
// page afresh (parse time included) and the variants are interleaved page by page, so the load
// of other jobs on the machine hits them alike. CPU time is shown beside wall time for that reason.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../lib/dom/decode-html';
import { parseHtml } from '../lib/dom/parse-html';
import { extractArticle } from '../lib/extract/extract-article';
import { CORPORA_DIR, requireCorpora } from './bench/corpus-pages';
import { exitUnless, parseScriptArgs } from './script-args';

const { values, positionals } = parseScriptArgs(
  `Usage: npx tsx scripts/bench-extract.ts [DIR] [--rounds N]

Times plain Readability against extractArticle (on a clone, and consuming the document as the
CLI does) over every .html or .html.gz file in DIR, in one process, wall and CPU time.
  DIR          a folder of pages (default: the boilerplate corpus, ../shared/eval/corpora/boilerplate/html)
  --rounds N   passes over the folder (default 1)
  -h, --help   this text`,
  { allowPositionals: true, options: { rounds: { type: 'string', default: '1' } } },
);
if (positionals[0] === undefined) exitUnless(requireCorpora);
const dir = positionals[0] ?? join(CORPORA_DIR, 'boilerplate', 'html');
const rounds = Number(values.rounds);
const pages = readdirSync(dir)
  .filter((f) => /\.html(\.gz)?$/.test(f))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(dir, f));
    return decodeHtml(f.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  });

interface Variant {
  name: string;
  /** Extracts one page; true when it gave text. */
  run: (html: string) => boolean;
  wallMs: number;
  cpuMs: number;
  failed: number;
}

const variants: Variant[] = [
  { name: 'plain Readability', run: (html) => Boolean(new Readability(parseHtml(html)).parse()?.textContent?.trim()), wallMs: 0, cpuMs: 0, failed: 0 },
  { name: 'extractArticle (on a clone)', run: (html) => extractArticle(parseHtml(html)).ok, wallMs: 0, cpuMs: 0, failed: 0 },
  { name: 'extractArticle (consumeDocument, as the CLI)', run: (html) => extractArticle(parseHtml(html), { consumeDocument: true }).ok, wallMs: 0, cpuMs: 0, failed: 0 },
];

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

for (let round = 0; round < rounds; round++) {
  for (const html of pages) {
    for (const variant of variants) {
      const wall = performance.now();
      const cpu = cpuNow();
      if (!variant.run(html)) variant.failed++;
      variant.wallMs += performance.now() - wall;
      variant.cpuMs += cpuNow() - cpu;
    }
  }
}

const [plain] = variants;
const seconds = (ms: number) => (ms / rounds / 1000).toFixed(2).padStart(6);
let report = `${pages.length} pages × ${rounds} round(s) from ${dir}; DOM: linkedom; parse included\n`;
for (const v of variants) {
  const ratio = plain ? `  ${(v.wallMs / plain.wallMs).toFixed(2)}× wall ${(v.cpuMs / plain.cpuMs).toFixed(2)}× CPU` : '';
  report += `  ${v.name.padEnd(46)} ${seconds(v.wallMs)} s wall ${seconds(v.cpuMs)} s CPU${ratio}  (${v.failed / rounds} without text)\n`;
}
process.stdout.write(report);
