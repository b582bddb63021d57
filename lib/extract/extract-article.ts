// lib/ is pure: it takes a Document or strings and returns data; it never imports wxt/browser.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../article';
import { failure } from '../failure';
import { createDeadline, type Deadline } from '../guard/deadline';
import { checkDocumentSize } from '../guard/measure-document';
import { clipMeta, EXTRACT_BUDGET_MS, MAX_DEPTH, MAX_ELEMENTS } from '../guard/page-limits';
import { ensureBody } from '../dom/document-parts';
import { cleanTitle } from './clean-title';
import { foldSpace, type CleaningStep, type ExtractContext, type SourceBlock } from './cleaning-step';
import { detectCoverage } from './detect-coverage';
import { describeNonArticle, readPageSigns } from './detect-non-article';
import { articleContent } from './fallback-content';
import { findStandfirst } from './find-standfirst';
import { hostOf } from './host-of';
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
  /** Pages nesting elements deeper than this are refused as `too-large`. Default 256. */
  maxDepth?: number;
  /** Milliseconds extraction may take; past it, the next step answers `timeout`. Default 10,000. */
  budgetMs?: number;
  /** Clock for the budget (default performance.now); for tests. */
  clock?: () => number;
  /**
   * The caller hands the document over and will not use it again (the CLI's freshly parsed page),
   * so it is cleaned in place instead of on a clone. Default false: the document is left as it was.
   * Never set this for a live page.
   */
  consumeDocument?: boolean;
}

const MAX_BYLINE_CHARS = 100;

/**
 * Turns a page into a clean article: Readability picks the article, then the cleaning steps in
 * PIPELINE remove what it leaves in, each recording what it removed and why.
 * Works on a clone: the document passed in is never changed (unless `consumeDocument` hands it over).
 * Expected failures (no article, empty page, a page too large) come back as values with a code.
 */
export function extractArticle(document: Document, options: ExtractOptions = {}): ExtractResult {
  const deadline = createDeadline(options.budgetMs ?? EXTRACT_BUDGET_MS, options.clock);
  // No root element, or one with nothing in it: an empty string parsed as HTML (a browser's
  // parser still builds <html><head></head><body></body></html>).
  if (!document.documentElement || isBlank(document.documentElement)) return failure('empty', 'The page has no content.');
  const tooLarge = checkDocumentSize(document, { maxElements: options.maxElements ?? MAX_ELEMENTS, maxDepth: options.maxDepth ?? MAX_DEPTH });
  if (tooLarge) return tooLarge;
  // Cloning costs a sixth of the extraction on linkedom; it is skipped only when nobody else holds the document.
  const clone = options.consumeDocument ? document : (document.cloneNode(true) as Document);
  const metadata = readMetadata(clone);
  const url = options.url || pageUrl(document) || metadata.canonicalUrl || '';
  const context: ExtractContext = { document: clone, url, sites: matchSiteRules(clone, url), removals: [], gates: [] };
  // Readability climbs from its candidate up to BODY and throws when there is none (a frameset,
  // an SVG or XML document): such a page has no article. Other odd shapes are repaired on the clone.
  const body = ensureBody(clone);
  if (!body) return failure('not-readerable', 'This page has no body (a frameset or an XML document), so no article.');
  if (!runDomSteps('page', body, context, deadline)) return timedOut(deadline);
  // Read before Readability, which moves the page's heading and drops its forms.
  const signs = readPageSigns(body, clone.title);
  const standfirst = findStandfirst(body, metadata.description);
  const standfirstText = foldSpace(standfirst?.textContent ?? '');

  const parsed = new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node }).parse();
  const content = articleContent(clone, parsed?.content);
  if (!content) return failure('not-readerable', 'This page looks like a home page, a list or an app, not an article.');
  if (!runDomSteps('content', content as Element, context, deadline)) return timedOut(deadline);

  const siteBoxes = context.sites.flatMap((site) => site.restating ?? []);
  let blocks = toBlocks(content as Element, restatingBoxFinder(content as Element, siteBoxes));
  for (const step of PIPELINE) {
    if (deadline.passed()) return timedOut(deadline);
    if (step.phase === 'blocks') blocks = step.run(blocks, context);
  }
  // The standfirst Readability left out goes before the first paragraph, unless the text has it.
  if (standfirst && !(content as Element).contains(standfirst) && blocks.length && !blocks.some((b) => b.text.includes(standfirstText))) {
    const at = blocks.findIndex((b) => b.type !== 'heading');
    blocks.splice(at < 0 ? 0 : at, 0, { type: 'paragraph', text: standfirstText, element: standfirst, box: null });
  }
  if (!blocks.length) return failure('empty', 'The article has no text once boilerplate is removed.');

  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = countWords(text);
  // A gate cut the article short: it is a preview, not a page without an article.
  const notArticle = context.gates.length ? null : describeNonArticle(signs, content as Element, wordCount);
  if (notArticle) return failure('not-readerable', notArticle);
  const siteName = metadata.siteName ?? parsed?.siteName ?? null;
  let byline = cleanByline(metadata.byline ?? parsed?.byline ?? null);
  const siteTitle = cleanTitle(metadata.title ?? parsed?.title ?? '', siteName, hostOf(url));
  // A title ending in its byline ("… | Editorial", "… – Jane Doe") has a suffix, not a longer title;
  // a one-word byline the title ends with is the name of a section, not of an author.
  const title = byline ? cleanTitle(siteTitle, byline, '') : siteTitle;
  if (title !== siteTitle && !byline?.includes(' ')) byline = null;
  const article: Article = {
    url,
    title: clipMeta(title),
    byline,
    siteName: clipMeta(siteName),
    publishedTime: clipMeta(metadata.publishedTime ?? parsed?.publishedTime ?? null),
    lang: clipMeta(metadata.lang ?? parsed?.lang ?? null),
    excerpt: clipMeta(parsed?.excerpt ?? null),
    text,
    wordCount,
    coverage: detectCoverage(text, wordCount, context.gates, metadata),
    blocks: blocks.map(toBlock),
  };
  if (metadata.canonicalUrl) article.canonicalUrl = metadata.canonicalUrl;
  return { ok: true, article, removals: context.removals };
}

/** Runs one phase's DOM steps; false when the deadline passed before they were all done. */
function runDomSteps(phase: 'page' | 'content', root: Element, context: ExtractContext, deadline: Deadline): boolean {
  for (const step of PIPELINE as CleaningStep[]) {
    if (deadline.passed()) return false;
    if (step.phase === phase) step.run(root, context);
  }
  return !deadline.passed();
}

function isBlank(root: Element): boolean {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) if (child.firstChild) return false;
  return !root.textContent?.trim();
}

function timedOut(deadline: Deadline): ExtractResult {
  return failure('timeout', `Reading this page took longer than ${deadline.budgetMs / 1000} s, so it was stopped.`);
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
