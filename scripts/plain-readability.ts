// The baseline for timing whole CLI runs: plain Readability over linkedom, reading the same
// inputs (.html or .html.gz) and printing one JSON line per file like `digest --format jsonl`.
//   /usr/bin/time -v npx tsx scripts/plain-readability.ts FILE... > /dev/null
// Compare with: /usr/bin/time -v npm run --silent digest -- --format jsonl FILE... > /dev/null
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { decodeHtml } from '../lib/dom/decode-html';
import { parseScriptArgs } from './script-args';

const { positionals } = parseScriptArgs(
  `Usage: npx tsx scripts/plain-readability.ts FILE...

Plain Readability over linkedom on each .html or .html.gz FILE, one JSON line per file
({source, ok, article: {title, text}}), the baseline for timing whole CLI runs.
  -h, --help   this text`,
  { allowPositionals: true, options: {} },
);
for (const source of positionals) {
  const bytes = readFileSync(source);
  const html = decodeHtml(source.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  // linkedom's own parser, as a plain Readability CLI would use: the digest CLI's spec-compliant
  // parse (parse5) is part of what it is compared against.
  const parsed = new Readability(new DOMParser().parseFromString(html, 'text/html') as unknown as Document).parse();
  const text = parsed?.textContent?.trim() ?? '';
  process.stdout.write(`${JSON.stringify({ source, ok: text !== '', article: { title: parsed?.title ?? '', text } })}\n`);
}
