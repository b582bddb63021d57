// Page metadata from JSON-LD, Open Graph and meta tags, read from the clone before Readability
// strips its scripts. Readability's own guesses fill what these leave empty (see extract-article).
import { findHead } from '../dom/document-parts';
import { MAX_STATED_WORDS, pageCount } from '../guard/page-limits';
import { walkElements } from './element-tests';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** False when JSON-LD says the article is not free to read (a paywall). */
  accessibleForFree: boolean | null;
  /** True when JSON-LD names the paid part (hasPart.cssSelector) and the page holds its text: a subscriber's view. */
  paywalledPartPresent: boolean;
  /** The article's length in words when the page states it (JSON-LD wordCount). */
  wordCount: number | null;
  /** The page's summary of itself (og:description, description): often its standfirst, word for word. */
  description: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// Article and every type named *Article (NewsArticle, TechArticle, OpinionNewsArticle…), and the posts and pages an article is published as.
const ARTICLE_TYPE = /^(\w*Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting|WebPage|ItemPage)$/;

export function readMetadata(document: Document): PageMetadata {
  const marks: PageMarks = { metas: [], jsonLd: [], time: null };
  walkElements(document, markElement, marks);
  const meta = metaValues(marks.metas);
  const ld = findArticleJsonLd(marks.jsonLd);
  const pick = (...values: (string | null | undefined)[]) => values.map(clean).find((v) => v) ?? null;
  return {
    title: pick(ld && str(ld.headline), meta['og:title'], meta['twitter:title'], meta['dc.title']),
    byline: pick(ld && personName(ld.author), meta['author'], meta['article:author'], meta['dc.creator'], meta['parsely-author']),
    siteName: pick(meta['og:site_name'], ld && personName(ld.publisher), meta['application-name']),
    // The page's first <time datetime> only when no metadata names the date.
    publishedTime:
      pick(ld && str(ld.datePublished), meta['article:published_time'], meta['date'], meta['dc.date'], meta['pubdate']) ??
      pick(marks.time?.getAttribute('datetime')),
    lang: pick(document.documentElement?.getAttribute('lang'), ld && str(ld.inLanguage), meta['og:locale']?.replace('_', '-')),
    canonicalUrl: [canonicalLink(document), meta['og:url'], ld && str(ld.url)].map((v) => v?.trim()).find((v) => v && /^https?:\/\//i.test(v)) ?? null,
    accessibleForFree: ld ? freeFlag(ld.isAccessibleForFree) : null,
    paywalledPartPresent: ld ? paidPartPresent(document, ld.hasPart) : false,
    description: pick(meta['og:description'], meta['description'], meta['twitter:description']),
    wordCount: ld ? pageCount(ld.wordCount, MAX_STATED_WORDS) : null,
  };
}

/** The elements metadata is read from, in document order. */
interface PageMarks {
  metas: Element[];
  /** <script type="application/ld+json"> */
  jsonLd: Element[];
  /** The first <time> with a datetime attribute. */
  time: Element | null;
}

// One walk collects all three: on linkedom each getElementsByTagName or querySelector call walks
// the whole page (lower-casing every tag name it passes), and these were three such walks per page.
function markElement(element: Element, marks: PageMarks): boolean {
  const name = element.localName;
  if (name === 'meta') marks.metas.push(element);
  else if (name === 'script' && element.getAttribute('type') === 'application/ld+json') marks.jsonLd.push(element);
  else if (name === 'time' && !marks.time && element.hasAttribute('datetime')) marks.time = element;
  return false;
}

function canonicalLink(document: Document): string | null {
  const head = findHead(document) ?? document.documentElement;
  for (const link of Array.from(head?.getElementsByTagName('link') ?? [])) {
    if ((link.getAttribute('rel') ?? '').toLowerCase() === 'canonical') return link.getAttribute('href');
  }
  return null;
}

function metaValues(metas: readonly Element[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const element of metas) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = element.getAttribute('content') ?? '';
    // The first value wins: pages repeat tags, and the first is the one the page meant.
    if (key && content && !(key in values)) values[key] = content;
  }
  return values;
}

function findArticleJsonLd(scripts: readonly Element[]): JsonObject | null {
  for (const script of scripts) {
    const parsed = parseJson(script.textContent ?? '');
    const found = parsed === undefined ? null : findArticle(parsed, 0);
    if (found) return found;
  }
  return null;
}

// Pages often ship JSON-LD that is not valid JSON (a trailing comma, CDATA wrappers): such a block
// carries no usable metadata, so it counts as absent rather than as an error.
function parseJson(text: string): Json | undefined {
  const trimmed = text.replace(/^\s*(<!\[CDATA\[|\/\/<!\[CDATA\[)/, '').replace(/(\]\]>|\/\/\]\]>)\s*$/, '').trim();
  if (!trimmed) return undefined;
  try {
    // A line break typed inside a string is invalid JSON that sites ship anyway; outside strings it is mere space.
    return JSON.parse(trimmed.replace(/\s/g, ' ')) as Json;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function findArticle(value: Json, depth: number): JsonObject | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const types = ([] as Json[]).concat(value['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)) && (value.headline || value.datePublished)) return value;
  return findArticle(value['@graph'] ?? null, depth + 1) ?? findArticle(value.mainEntity ?? null, depth + 1);
}

// Authors nest a list or two deep at most; a page nesting them thousands deep would exhaust the stack.
const MAX_PERSON_NESTING = 3;

function personName(value: Json | undefined, depth = 0): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (depth >= MAX_PERSON_NESTING) return null;
    const names = value.map((v) => personName(v, depth + 1)).filter((v): v is string => Boolean(v));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str(value.name);
  return null;
}

// The paid part counts as present when it holds more than a teaser's worth of words.
const PAID_PART_MIN_WORDS = 150;

function paidPartPresent(document: Document, hasPart: Json | undefined): boolean {
  const parts = ([] as Json[]).concat(hasPart ?? []);
  for (const part of parts) {
    if (!part || typeof part !== 'object' || Array.isArray(part) || typeof part.cssSelector !== 'string') continue;
    let element: Element | null = null;
    try {
      element = document.querySelector(part.cssSelector);
    } catch (error) {
      // A selector our DOM cannot parse names no element we can check.
      if (error instanceof Error) continue;
      throw error;
    }
    const words = (element?.textContent ?? '').split(/\s+/).filter(Boolean).length;
    if (words >= PAID_PART_MIN_WORDS) return true;
  }
  return false;
}

function freeFlag(value: Json | undefined): boolean | null {
  if (value === false || value === 'False' || value === 'false') return false;
  if (value === true || value === 'True' || value === 'true') return true;
  return null;
}

// JSON-LD strings are text, but WordPress plug-ins write HTML entities into them ("review &#8211; …",
// "win this&nbsp;game").
// Five digits at most: every code they stand for is then a valid code point.
const ENTITY = /&(?:#(x?)([\da-f]{1,5})|amp|(nbsp));/gi;

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value.replace(ENTITY, decodeEntity) : null;
}

function decodeEntity(_entity: string, hex: string, digits: string | undefined, space: string | undefined): string {
  return space ? ' ' : String.fromCodePoint(digits ? parseInt(digits, hex ? 16 : 10) : 38);
}

// Author fields sometimes hold a profile URL rather than a name; those are not a byline.
function clean(value: string | null | undefined): string | null {
  const folded = value?.replace(/\s+/g, ' ').trim();
  if (!folded || /^https?:\/\//i.test(folded)) return null;
  return folded;
}
