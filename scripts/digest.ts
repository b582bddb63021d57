// The command-line face of lib/: the contract in DESIGN.md that tests and benchmarks rely on.
//   npm run --silent digest -- [--format md|json|jsonl] [--url URL] [--engine NAME] [--now ISO] [--timeout S] [--lang en|de|fr|es] FILE|URL|- ...
// With jsonl it prints one line per input, in order, and never stops at a bad input. Every input
// has a size budget (and a URL a time budget, --timeout) and answers with a coded failure when
// it is spent; every byte written reaches the reader before the process exits.
import { parseArgs } from 'node:util';
import { parseHtml } from '../lib/dom/parse-html';
import { checkHtml } from '../lib/guard/check-html';
import { extractArticle } from '../lib/extract/extract-article';
import { tidyArticle } from '../lib/extract/tidy-byline';
import { digestArticle } from '../lib/digest/digest-article';
import { markdownLabels } from '../components/i18n/markdown-labels';
import { digestToMarkdown } from '../lib/markdown/digest-to-markdown';
import type { MarkdownLabels } from '../lib/markdown/markdown-labels';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './cli/input-limits';
import { loadInput } from './cli/load-input';
import { createWrite, ReaderGone, type Write } from './cli/write-output';
import { translatorFor, UI_LOCALES, type UiLocale } from './i18n/locale-messages';

const USAGE = `Usage: npm run --silent digest -- [--format md|json|jsonl] [--url URL] [--engine NAME] [--now ISO] [--timeout S] [--lang en|de|fr|es] FILE|URL|- ...

Extracts the article of each input and prints its digest card.
  FILE            an .html or .html.gz file; URL is fetched; - reads standard input
                  (a file whose name starts with - goes after --)
  --format md     the Markdown card with YAML front matter (default)
  --format json   the article, the digest and timings, one JSON document per input
  --format jsonl  the same, one line per input, in order; a bad input gives {"ok": false, "error": ...}
  --url URL       the page's address for a file or standard input
  --engine local  the digest engine (only local runs here; AI engines live in the extension)
  --now ISO       fixes the clock (the card's dates), e.g. 2026-11-21T12:00:00Z
  --timeout S     seconds a URL may take in all (default 30); every input may be 24 MB at most
  --lang en       the language of the Markdown card's headings and attribution (en, de, fr or es;
                  default en, as the extension writes them in an English browser)
  -h, --help      this text`;
/** Digest engines the CLI can run; AI engines need settings and keys, so they live in the extension. */
const ENGINES = ['local'] as const;
/** A shell's exit status for a process whose reader went away (128 + SIGPIPE), as `yes | head` reports. */
const EXIT_READER_GONE = 141;

type Format = 'md' | 'json' | 'jsonl';

interface Options {
  format: Format;
  url?: string;
  engine: string;
  now?: string;
  /** The digest clock, from --now; undefined means the real time of each digest. */
  clock?: Date;
  limits: InputLimits;
  labels: MarkdownLabels;
}

interface Output {
  out: Write;
  err: Write;
}

async function main(argv: string[], output: Output): Promise<number> {
  const args = parseArguments(argv);
  if (!args.ok) {
    await output.err(`${args.message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  // Asked for, the usage is the answer (standard output, status 0); without an input, a complaint.
  if (values.help) {
    await output.out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    await output.err(`${USAGE}\n`);
    return 2;
  }
  const problem = optionProblem(values);
  if (problem) {
    await output.err(`${problem}\n${USAGE}\n`);
    return 2;
  }
  const clock = values.now === undefined ? undefined : new Date(values.now);
  const timeoutMs = values.timeout === undefined ? DEFAULT_INPUT_LIMITS.timeoutMs : Number(values.timeout) * 1000;
  const labels = markdownLabels(translatorFor(values.lang as UiLocale));
  const options: Options = { format: values.format as Format, url: values.url, engine: values.engine, now: values.now, clock, limits: { ...DEFAULT_INPUT_LIMITS, timeoutMs }, labels };
  let failures = 0;
  const jsonOut: unknown[] = [];
  for (const source of positionals) {
    const record = await processOne(source, options);
    if (!record.ok) failures++;
    if (options.format === 'jsonl') await output.out(`${JSON.stringify(record)}\n`);
    else if (options.format === 'json') jsonOut.push(record);
    else if (record.ok) await output.out(`${record.markdown ?? record.article.text}\n`);
    else await output.err(`${source}: ${record.error.code}: ${record.error.message}\n`);
  }
  if (options.format === 'json') await output.out(`${JSON.stringify(jsonOut.length === 1 ? jsonOut[0] : jsonOut, null, 2)}\n`);
  return failures && options.format === 'md' ? 1 : 0;
}

const OPTIONS = {
  format: { type: 'string', default: 'md' },
  url: { type: 'string' },
  engine: { type: 'string', default: 'local' },
  now: { type: 'string' },
  timeout: { type: 'string' },
  lang: { type: 'string', default: UI_LOCALES[0] },
  help: { type: 'boolean', short: 'h' },
} as const;

const KNOWN_OPTION = /^(--(format|url|engine|now|timeout|lang|help)(=.*)?|-h)$/;

/**
 * parseArgs throws on a mistyped command line; that is the user's mistake, answered with usage, not a
 * stack trace. Not scripts/script-args.ts: that one exits at once, where this CLI's writes are awaited
 * (write-output.ts), and a file name that starts with "-" gets its own answer here.
 */
function parseArguments(argv: string[]) {
  try {
    return { ok: true as const, ...parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }) };
  } catch (error) {
    if (!(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) throw error;
    if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { ok: false as const, message: error.message };
    // parseArgs names one letter of "-name.html" (read as -n -a -m…); the argument as typed is clearer.
    const end = argv.indexOf('--');
    const typed = argv.slice(0, end === -1 ? undefined : end).find((arg) => arg.length > 1 && arg.startsWith('-') && !KNOWN_OPTION.test(arg));
    return { ok: false as const, message: `unknown option "${typed}"; to read a file whose name starts with "-", write ./${typed} or put -- before it` };
  }
}

function optionProblem(values: { format: string; engine: string; now?: string; timeout?: string; lang: string }): string | undefined {
  if (!['md', 'json', 'jsonl'].includes(values.format)) return `--format must be md, json or jsonl, not ${JSON.stringify(values.format)}`;
  if (!(UI_LOCALES as readonly string[]).includes(values.lang)) return `--lang must be one of ${UI_LOCALES.join(', ')}, not ${JSON.stringify(values.lang)}`;
  if (!(ENGINES as readonly string[]).includes(values.engine)) return `--engine must be one of ${ENGINES.join(', ')}, not ${JSON.stringify(values.engine)}`;
  if (values.now !== undefined && Number.isNaN(new Date(values.now).getTime())) {
    return `--now must be an ISO date such as 2026-11-21T12:00:00Z, not ${JSON.stringify(values.now)}`;
  }
  const seconds = Number(values.timeout);
  if (values.timeout !== undefined && !(Number.isFinite(seconds) && seconds > 0)) return `--timeout must be a number of seconds above 0, not ${JSON.stringify(values.timeout)}`;
  return undefined;
}

async function processOne(source: string, options: Options) {
  const loaded = await loadInput(source, options.url, options.limits);
  if (!loaded.ok) return { source, ok: false as const, error: loaded.error };
  // Refused before parsing: parsing such a page is itself what would take minutes.
  const refused = checkHtml(loaded.html);
  if (refused) return { source, ok: false as const, error: refused.error };
  const t0 = performance.now();
  // The parsed page is ours alone and dropped after this line: no need for extractArticle to clone it.
  const result = extractArticle(parseHtml(loaded.html, loaded.url), { url: loaded.url, consumeDocument: true });
  if (!result.ok) return { source, ok: false as const, error: result.error };
  const extracted = tidyArticle(result.article);
  const extractMs = round(performance.now() - t0);
  const t1 = performance.now();
  const digest = digestArticle(extracted, { now: options.clock });
  const digestMs = round(performance.now() - t1);
  const markdown = options.format === 'md' ? digestToMarkdown(extracted, digest, options.labels) : undefined;
  const { blocks: _blocks, ...article } = extracted;
  return { source, ok: true as const, article, digest, markdown, timings: { extractMs, digestMs } };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

const output: Output = { out: createWrite(process.stdout), err: createWrite(process.stderr) };
// process.exit only once every write has reached the system (each is awaited): nothing is cut.
main(process.argv.slice(2), output).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ReaderGone) process.exit(EXIT_READER_GONE);
    process.stderr.write(`digest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, () => process.exit(70));
  },
);
