// lib/ is pure: it takes a Document or strings and returns data; it never imports wxt/browser.
import { Readability } from '@mozilla/readability';
import { failure, type Article, type Block, type ExtractResult } from '../article';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own URL. */
  url?: string;
}

/**
 * Turns a page into a clean article. Works on a clone: the document passed in is never changed.
 * Expected failures (no article, empty page) come back as values with a code.
 */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? document.URL ?? '';
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  if (!parsed || !parsed.textContent?.trim()) return failure('not-readerable', 'No article was found on this page.');
  const blocks: Block[] = parsed.textContent
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text }));
  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const article: Article = {
    url,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    text,
    wordCount,
    coverage: { status: 'full' },
    blocks,
  };
  return { ok: true, article, removals: [] };
}
