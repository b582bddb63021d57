// The whole page pipeline as the CLI runs it (door check → parse → extract → digest → Markdown),
// with every property the fuzz tests hold it to: it returns an article or a coded failure, never
// throws, every digest passes the Digest schema, every Markdown is well-formed (front matter
// parses as YAML into exactly the expected keys, only the card's own headings, http(s) links only).
import { parse as parseYaml } from 'yaml';
import { ArticleSchema, FailureCodeSchema, type Article } from '../../../lib/article';
import { DigestSchema, type Digest } from '../../../lib/digest/digest-schema';
import { digestArticle } from '../../../lib/digest/digest-article';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { checkHtml } from '../../../lib/guard/check-html';
import { digestToMarkdown } from '../../../lib/markdown/digest-to-markdown';
import { ENGLISH_LABELS } from '../../helpers/english-labels';
import { bylineAuthors } from '../../../lib/markdown/front-matter';
import { obsidianTags } from '../../../lib/obsidian/obsidian-tag';

export const FIXED_NOW = new Date('2026-11-22T00:00:00Z');

export type PipelineOutcome =
  | { ok: true; article: Article; digest: Digest; markdown: string; ms: number }
  | { ok: false; code: string; message: string; ms: number };

/** Runs one page through the pipeline; throws (failing the test) only when a property breaks. */
export function runPipeline(html: string, url = 'https://example.com/post'): PipelineOutcome {
  const start = performance.now();
  const refused = checkHtml(html);
  const result = refused ?? extractArticle(parseHtml(html, url), { url });
  if (!result.ok) {
    if (!FailureCodeSchema.safeParse(result.error.code).success) throw new Error(`Unknown failure code ${result.error.code}`);
    if (!result.error.message) throw new Error(`Failure ${result.error.code} has no message`);
    return { ok: false, code: result.error.code, message: result.error.message, ms: performance.now() - start };
  }
  const article = ArticleSchema.parse(result.article);
  const digest = digestArticle(article, { now: FIXED_NOW });
  const parsed = DigestSchema.safeParse(digest);
  if (!parsed.success) throw new Error(`The digest breaks its schema: ${JSON.stringify(parsed.error.issues).slice(0, 500)}`);
  const markdown = digestToMarkdown(article, digest, ENGLISH_LABELS);
  assertWellFormedMarkdown(markdown, article, digest);
  return { ok: true, article, digest, markdown, ms: performance.now() - start };
}

const FRONT_MATTER_KEYS = ['title', 'source', 'author', 'published', 'created', 'description', 'tags', 'site', 'audience', 'coverage', 'visible_words', 'estimated_words', 'engine'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What Obsidian accepts as a tag: no spaces or `#`, not only digits. */
const OBSIDIAN_TAG = /^(?![\d_-]*$)[\p{L}\p{M}\p{N}_-]+$/u;
const CARD_HEADINGS = new Set(['Summary', 'Key takeaway', 'Key insights', 'Principles', 'Method', 'In practice', 'Topics', 'Best for']);

/** Throws with a precise reason when the Markdown export is not the card's shape. */
export function assertWellFormedMarkdown(markdown: string, article: Article, digest: Digest): void {
  const lines = markdown.split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) throw new Error('No front matter block');
  const front: unknown = parseYaml(lines.slice(1, close).join('\n'));
  if (!front || typeof front !== 'object' || Array.isArray(front)) throw new Error('Front matter is not a mapping');
  const record = front as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!FRONT_MATTER_KEYS.includes(key)) throw new Error(`Unexpected front matter key ${JSON.stringify(key)}`);
  // An empty value is left blank, which YAML reads as null.
  if ((record.title ?? '') !== article.title) throw new Error(`Front matter title reads back as ${JSON.stringify(record.title)}, not the article title`);
  if (JSON.stringify(record.author ?? []) !== JSON.stringify(bylineAuthors(article.byline))) throw new Error('Front matter author does not read back as the byline\'s names');
  const tags = record.tags ?? [];
  if (JSON.stringify(tags) !== JSON.stringify(obsidianTags(digest.topics))) throw new Error('Front matter tags do not read back as the topics\' tag forms');
  for (const tag of tags as string[]) if (!OBSIDIAN_TAG.test(tag)) throw new Error(`Obsidian would refuse the tag ${JSON.stringify(tag)}`);
  for (const key of ['published', 'created']) {
    if (record[key] !== null && !(typeof record[key] === 'string' && DAY.test(record[key]))) throw new Error(`Front matter ${key} is not a bare YYYY-MM-DD date: ${JSON.stringify(record[key])}`);
  }
  if (record.source !== null && !(typeof record.source === 'string' && /^https?:\/\//.test(record.source) && !record.source.includes(':~:'))) {
    throw new Error(`Front matter source is not the page's http(s) address: ${JSON.stringify(record.source)}`);
  }

  const body = lines.slice(close + 1);
  const rules = body.filter((line) => line === '---').length;
  if (rules !== 1) throw new Error(`Expected one rule before the attribution, found ${rules}`);
  for (const line of body) {
    if (/^#{1,6}\s/.test(line)) {
      const level = /^#+/.exec(line)?.[0].length;
      const heading = line.replace(/^#+\s/, '');
      if (level === 2 && !CARD_HEADINGS.has(heading)) throw new Error(`Unexpected heading ${JSON.stringify(line.slice(0, 80))}`);
      if (level !== 1 && level !== 2) throw new Error(`Unexpected heading level in ${JSON.stringify(line.slice(0, 80))}`);
    }
    if (/^\s*(<|```|~~~|\|)/.test(line)) throw new Error(`A line opens raw HTML, a code fence or a table: ${JSON.stringify(line.slice(0, 80))}`);
    if (/(^|[^\\])<[a-zA-Z/!?]/.test(line)) throw new Error(`Unescaped HTML in ${JSON.stringify(line.slice(0, 120))}`);
  }
  // Every footnote marker has its definition, and every definition a marker.
  const markers = new Set([...body.join('\n').matchAll(/(?:^|[^\\])(?:\\\\)*\[\^(\d+)\](?!:)/gm)].map((m) => m[1]));
  const definitions = new Set(body.flatMap((line) => /^\[\^(\d+)\]: /.exec(line)?.[1] ?? []));
  if ([...markers].sort().join() !== [...definitions].sort().join()) throw new Error(`Footnote markers ${[...markers].join()} do not match definitions ${[...definitions].join()}`);
  const h1 = body.filter((line) => /^# /.test(line));
  if (h1.length !== 1) throw new Error(`Expected one title heading, found ${h1.length}`);
  // Links in the body only: an unescaped "](" (an escaped bracket is text, not a link).
  for (const match of body.join('\n').matchAll(/(?:^|[^\\])(?:\\\\)*\]\(([^)]*)\)/g)) {
    const target = match[1] ?? '';
    if (!/^https?:\/\//.test(target)) throw new Error(`A link goes to ${JSON.stringify(target.slice(0, 80))}`);
    if (/[\s<>()]/.test(target)) throw new Error(`A link target holds space, angle brackets or parentheses: ${JSON.stringify(target.slice(0, 80))}`);
  }
}

/** Cases and worst time per class of input, for bench/reliability.md. */
export class Tally {
  private readonly rows = new Map<string, { cases: number; articles: number; failures: Map<string, number>; worstMs: number; worstCase: string }>();

  add(kind: string, name: string, outcome: PipelineOutcome): void {
    const row = this.rows.get(kind) ?? { cases: 0, articles: 0, failures: new Map<string, number>(), worstMs: 0, worstCase: '' };
    row.cases++;
    if (outcome.ok) row.articles++;
    else row.failures.set(outcome.code, (row.failures.get(outcome.code) ?? 0) + 1);
    if (outcome.ms > row.worstMs) Object.assign(row, { worstMs: outcome.ms, worstCase: name });
    this.rows.set(kind, row);
  }

  /** One line per class; printed so a run's figures can be copied into bench/reliability.md. */
  report(): string {
    return [...this.rows]
      .map(([kind, row]) => {
        const codes = [...row.failures].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
        return `${kind}: ${row.cases} cases, ${row.articles} articles, coded failures: ${codes}, thrown 0, worst ${Math.round(row.worstMs)} ms (${row.worstCase})`;
      })
      .join('\n');
  }
}

/** fast-check settings: a fixed seed in CI; FUZZ_RUNS (a multiplier) and FUZZ_SEED for a longer or different run. */
export function fuzzSettings(ciRuns: number): { seed: number; numRuns: number } {
  const multiplier = Number(process.env.FUZZ_RUNS ?? '1');
  return { seed: Number(process.env.FUZZ_SEED ?? '20261122'), numRuns: Math.max(1, Math.round(ciRuns * (Number.isFinite(multiplier) ? multiplier : 1))) };
}
