// The dev corpora of ../shared/eval as pages to time: every .html(.gz) of each corpus, sorted by
// name so runs repeat, with the page's URL where the corpus records one (article-benchmark).
// They sit beside the project in the development workspace, not in the repository: without them
// the benches that need them stop with a message saying so (the tests use tests/fixtures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPORA_DIR = resolve(import.meta.dirname, '../../../shared/eval/corpora');
export const CORPORA = ['article-benchmark', 'boilerplate', 'summaries', 'keyphrases'] as const;

export interface CorpusPage {
  corpus: string;
  name: string;
  html: string;
  url: string;
}

export interface CorpusOptions {
  /** Default: CORPORA_DIR. */
  dir?: string;
  /** At most this many pages per corpus (the first by name); default: all. */
  perCorpus?: number;
}

/** Throws, saying where the corpora are expected, when `dir` is missing. */
export function requireCorpora(dir = CORPORA_DIR): void {
  if (existsSync(dir)) return;
  throw new Error(
    `The dev corpora are not at ${dir}. They come with the evaluation kit beside the project (../shared/eval/corpora), ` +
      'not with this repository; this benchmark needs them (the test suite does not).',
  );
}

export function loadCorpusPages(options: CorpusOptions = {}): CorpusPage[] {
  const dir = options.dir ?? CORPORA_DIR;
  requireCorpora(dir);
  const pages: CorpusPage[] = [];
  for (const corpus of CORPORA) {
    const htmlDir = join(dir, corpus, 'html');
    if (!existsSync(htmlDir)) continue;
    const urls = recordedUrls(join(dir, corpus));
    const files = readdirSync(htmlDir).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
    for (const file of files.slice(0, options.perCorpus ?? files.length)) {
      const name = file.replace(/\.html(\.gz)?$/, '');
      pages.push({ corpus, name, html: readHtml(join(htmlDir, file)), url: urls.get(name) ?? '' });
    }
  }
  if (pages.length === 0) throw new Error(`No corpus pages under ${dir} (expected ${CORPORA.join(', ')} with html/ folders)`);
  return pages;
}

export function readHtml(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

// article-benchmark's ground truth maps a page's hash to { url, articleBody }; the other corpora
// keep no address, and the CLI treats a file without --url the same way.
function recordedUrls(corpusDir: string): Map<string, string> {
  const path = join(corpusDir, 'ground-truth.json');
  if (!existsSync(path)) return new Map();
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { url?: unknown }>;
  return new Map(Object.entries(truth).flatMap(([name, page]) => (typeof page.url === 'string' ? [[name, page.url] as const] : [])));
}

/** Article bodies the article-benchmark corpus records: real prose to build synthetic pages from. */
export function corpusArticleBodies(dir = CORPORA_DIR): string[] {
  requireCorpora(dir);
  const truth = JSON.parse(readFileSync(join(dir, 'article-benchmark', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: unknown }>;
  return Object.keys(truth)
    .sort()
    .flatMap((name) => {
      const body = truth[name]?.articleBody;
      return typeof body === 'string' ? [body] : [];
    });
}
