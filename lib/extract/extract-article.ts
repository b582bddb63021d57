// lib/ is pure: it takes a Document or strings and returns data; it never imports wxt/browser.
import { Readability } from '@mozilla/readability';
import { failure, type Article, type ExtractResult } from '../article';
import { cleanTitle } from './clean-title';
import type { CleaningStep, ExtractContext, SourceBlock } from './cleaning-step';
import { detectCoverage } from './detect-coverage';
import { countWords } from './element-tests';
import { PIPELINE } from './pipeline';
import { readMetadata } from './read-metadata';
import { restatingBoxFinder } from './restating-box';
import { matchSiteRules } from './sites/site-rules';
import { toBlocks } from './to-blocks';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own URL, then its canonical URL. */
  url?: string;
  /** Pages with more elements than this are refused as `too-large`. Default 100,000. */
  maxElements?: number;
}

const DEFAULT_MAX_ELEMENTS = 100_000;
const MAX_BYLINE_CHARS = 100;

/**
 * Turns a page into a clean article: Readability picks the article, then the cleaning steps in
 * PIPELINE remove what it leaves in, each recording what it removed and why.
 * Works on a clone: the document passed in is never changed.
 * Expected failures (no article, empty page, a page too large) come back as values with a code.
 */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractResult {
  const elements = document.getElementsByTagName('*').length;
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (elements > maxElements) return failure('too-large', `The page has ${elements} elements; the limit is ${maxElements}.`);
  const clone = document.cloneNode(true) as Document;
  const metadata = readMetadata(clone);
  const url = options.url || pageUrl(document) || metadata.canonicalUrl || '';
  const context: ExtractContext = { document: clone, url, sites: matchSiteRules(clone, url), removals: [], gates: [] };
  const root = clone.body ?? clone.documentElement;
  if (!root) return failure('empty', 'The page has no content.');
  runDomSteps('page', root, context);

  const parsed = new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return failure('not-readerable', 'No article was found on this page.');
  runDomSteps('content', content as Element, context);

  const siteBoxes = context.sites.flatMap((site) => site.restating ?? []);
  let blocks = toBlocks(content as Element, restatingBoxFinder(content as Element, siteBoxes));
  for (const step of PIPELINE) if (step.phase === 'blocks') blocks = step.run(blocks, context);
  if (!blocks.length) return failure('empty', 'The article has no text once boilerplate is removed.');

  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = countWords(text);
  const siteName = metadata.siteName ?? parsed.siteName ?? null;
  const article: Article = {
    url,
    title: cleanTitle(metadata.title ?? parsed.title ?? '', siteName, hostOf(url)),
    byline: cleanByline(metadata.byline ?? parsed.byline ?? null),
    siteName,
    publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
    lang: metadata.lang ?? parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    text,
    wordCount,
    coverage: detectCoverage(text, wordCount, context.gates, metadata),
    blocks: blocks.map(toBlock),
  };
  if (metadata.canonicalUrl) article.canonicalUrl = metadata.canonicalUrl;
  return { ok: true, article, removals: context.removals };
}

function runDomSteps(phase: 'page' | 'content', root: Element, context: ExtractContext): void {
  for (const step of PIPELINE as CleaningStep[]) if (step.phase === phase) step.run(root, context);
}

function toBlock({ type, text, level }: SourceBlock): Article['blocks'][number] {
  return level === undefined ? { type, text } : { type, text, level };
}

function cleanByline(byline: string | null): string | null {
  const cleaned = byline?.replace(/^\s*(by|von|por|par)\s+/i, '').replace(/\s+/g, ' ').trim();
  return cleaned && cleaned.length <= MAX_BYLINE_CHARS ? cleaned : null;
}

// linkedom reports "about:blank"-like or empty URLs for parsed strings; only a real address counts.
function pageUrl(document: Document): string {
  const url = document.URL ?? '';
  return /^https?:\/\//i.test(url) ? url : '';
}

function hostOf(url: string): string {
  const match = /^https?:\/\/([^/:?#]+)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? '';
}
