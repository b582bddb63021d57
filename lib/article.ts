// The extracted article: what lib/extract produces and every digest engine consumes.
// Pure data, parsed with zod wherever it crosses a context (injected script → popup, CLI output).
import { z } from 'zod/mini';

export const CoverageSchema = z.object({
  status: z.enum(['full', 'partial']),
  /** Why the article is partial: the gate phrase, JSON-LD flag or truncation seen. */
  reason: z.optional(z.string()),
  /** Words of the article the reader could actually see. */
  visibleWords: z.optional(z.number()),
  /** Best guess of the whole article's length, when the page says (e.g. JSON-LD wordCount). */
  estimatedWords: z.optional(z.number()),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** One block of the article body, in reading order. `text` is plain text, whitespace folded. */
export const BlockSchema = z.object({
  type: z.enum(['heading', 'paragraph', 'list-item', 'quote', 'code', 'table']),
  text: z.string(),
  /** Heading level 1-6, for headings. */
  level: z.optional(z.number()),
});
export type Block = z.infer<typeof BlockSchema>;

export const ArticleSchema = z.object({
  url: z.string(),
  /** The address the page names as its own (link rel=canonical, og:url, JSON-LD url), when it names one. */
  canonicalUrl: z.optional(z.string()),
  title: z.string(),
  byline: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  publishedTime: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  excerpt: z.optional(z.nullable(z.string())),
  /** The body as plain text: blocks joined by blank lines. */
  text: z.string(),
  wordCount: z.number(),
  coverage: CoverageSchema,
  /** The body as blocks; `text` is these joined with "\n\n". */
  blocks: z.array(BlockSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A record of one thing a cleaning step removed, and why; the "what was stripped" view. */
export interface Removal {
  step: string;
  reason: string;
  text: string;
}

/** Expected failures are values with a code a person can be shown; bugs throw. */
export const FailureCodeSchema = z.enum([
  'not-readerable',
  'empty',
  'too-large',
  'timeout',
  'restricted-page',
  'not-html',
  'fetch-failed',
  'unreadable-input',
]);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

export const FailureSchema = z.object({ code: FailureCodeSchema, message: z.string() });
export type Failure = z.infer<typeof FailureSchema>;

export type ExtractResult =
  | { ok: true; article: Article; removals: Removal[] }
  | { ok: false; error: Failure };
