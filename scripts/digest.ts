// The command-line face of lib/: the contract in DESIGN.md that tests and benchmarks rely on.
//   npm run --silent digest -- [--format md|json|jsonl] [--url URL] [--engine NAME] [--now ISO] FILE|URL|- ...
// With jsonl it prints one line per input, in order, and never stops at a bad input.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../lib/dom/decode-html';
import { parseHtml } from '../lib/dom/parse-html';
import { checkHtml } from '../lib/guard/check-html';
import { extractArticle } from '../lib/extract/extract-article';
import { digestArticle } from '../lib/digest/digest-article';
import { digestToMarkdown } from '../lib/markdown/digest-to-markdown';
import type { Failure } from '../lib/article';
import { parseScriptArgs } from './script-args';

const USAGE = `Usage: npm run --silent digest -- [--format md|json|jsonl] [--url URL] [--engine NAME] [--now ISO] FILE|URL|- ...

Extracts the article of each input and prints its digest card.
  FILE            an .html or .html.gz file; URL is fetched; - reads standard input
  --format md     the Markdown card with YAML front matter (default)
  --format json   the article, the digest and timings, one JSON document per input
  --format jsonl  the same, one line per input, in order; a bad input gives {"ok": false, "error": ...}
  --url URL       the page's address for a file or standard input
  --engine local  the digest engine (only local runs here; AI engines live in the extension)
  --now ISO       fixes the clock (the card's dates), e.g. 2026-11-21T12:00:00Z
  -h, --help      this text`;
const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Digest engines the CLI can run; AI engines need settings and keys, so they live in the extension. */
const ENGINES = ['local'] as const;

type Format = 'md' | 'json' | 'jsonl';

interface Options {
  format: Format;
  url?: string;
  engine: string;
  now?: string;
  /** The digest clock, from --now; undefined means the real time of each digest. */
  clock?: Date;
}

type Loaded = { ok: true; html: string; url: string } | { ok: false; error: Failure };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseScriptArgs(
    USAGE,
    {
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'md' },
        url: { type: 'string' },
        engine: { type: 'string', default: 'local' },
        now: { type: 'string' },
      },
    },
    argv,
  );
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!['md', 'json', 'jsonl'].includes(values.format)) {
    process.stderr.write(`--format must be md, json or jsonl, not ${JSON.stringify(values.format)}\n${USAGE}\n`);
    return 2;
  }
  if (!(ENGINES as readonly string[]).includes(values.engine)) {
    process.stderr.write(`--engine must be one of ${ENGINES.join(', ')}, not ${JSON.stringify(values.engine)}\n${USAGE}\n`);
    return 2;
  }
  const clock = values.now === undefined ? undefined : new Date(values.now);
  if (clock && Number.isNaN(clock.getTime())) {
    process.stderr.write(`--now must be an ISO date such as 2026-11-21T12:00:00Z, not ${JSON.stringify(values.now)}\n${USAGE}\n`);
    return 2;
  }
  const options: Options = { format: values.format as Format, url: values.url, engine: values.engine, now: values.now, clock };
  let failures = 0;
  const jsonOut: unknown[] = [];
  for (const source of positionals) {
    const record = await processOne(source, options);
    if (!record.ok) failures++;
    if (options.format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
    else if (options.format === 'json') jsonOut.push(record);
    else if (record.ok) process.stdout.write(`${record.markdown ?? record.article.text}\n`);
    else process.stderr.write(`${source}: ${record.error.code}: ${record.error.message}\n`);
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(jsonOut.length === 1 ? jsonOut[0] : jsonOut, null, 2)}\n`);
  return failures && options.format === 'md' ? 1 : 0;
}

async function processOne(source: string, options: Options) {
  const loaded = await load(source, options.url);
  if (!loaded.ok) return { source, ok: false as const, error: loaded.error };
  // Refused before parsing: parsing such a page is itself what would take minutes.
  const refused = checkHtml(loaded.html);
  if (refused) return { source, ok: false as const, error: refused.error };
  const t0 = performance.now();
  // The parsed page is ours alone and dropped after this line: no need for extractArticle to clone it.
  const result = extractArticle(parseHtml(loaded.html, loaded.url), { url: loaded.url, consumeDocument: true });
  const extractMs = round(performance.now() - t0);
  if (!result.ok) return { source, ok: false as const, error: result.error };
  const t1 = performance.now();
  const digest = digestArticle(result.article, { now: options.clock });
  const digestMs = round(performance.now() - t1);
  const markdown = options.format === 'md' ? digestToMarkdown(result.article, digest) : undefined;
  const { blocks: _blocks, ...article } = result.article;
  return { source, ok: true as const, article, digest, markdown, timings: { extractMs, digestMs } };
}

async function load(source: string, urlOverride?: string): Promise<Loaded> {
  try {
    if (/^https?:\/\//i.test(source)) {
      const response = await fetch(source, { redirect: 'follow' });
      if (!response.ok) return fail('fetch-failed', `${source} answered HTTP ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      if (type && !/html|xml/i.test(type)) return fail('not-html', `${source} is ${type}, not an HTML page`);
      const charset = /charset=([^;]+)/i.exec(type)?.[1] ?? null;
      return { ok: true, html: decodeHtml(new Uint8Array(await response.arrayBuffer()), charset), url: urlOverride ?? response.url };
    }
    const bytes = source === '-' ? await readStdin() : await readFile(source);
    if (bytes.length > MAX_INPUT_BYTES) return fail('too-large', `${source} is ${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
    const raw = source.endsWith('.gz') ? gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES }) : bytes;
    // Legacy-charset pages (iso-8859-1, windows-1252) decoded as UTF-8 would lose every umlaut.
    return { ok: true, html: decodeHtml(raw), url: urlOverride ?? '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /^https?:/i.test(source) ? 'fetch-failed' : /maxOutputLength|too large/i.test(message) ? 'too-large' : 'unreadable-input';
    return fail(code, `${source}: ${message}`);
  }
}

function fail(code: Failure['code'], message: string): Loaded {
  return { ok: false, error: { code, message } };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`digest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(70);
  },
);
