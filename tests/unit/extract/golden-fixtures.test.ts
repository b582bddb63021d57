// Golden tests: each fixture page in, the extract's metadata and text checked against the page's
// *.expect.json (the same checks as ../shared/eval/fixtures.mjs, for the extraction part).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';

interface Expectation {
  url: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  coverage?: 'full' | 'partial';
  textMustContain?: string[];
  nowhere?: string[];
  textAtMostOnce?: string[];
}

const dir = join(import.meta.dirname, '../../fixtures');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

// The same folding as fixtures.mjs: typographic quotes and dashes, and whitespace, do not count.
const fold = (s: string | null | undefined) =>
  String(s ?? '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

describe.each(pages)('%s', (page) => {
  const expectation = JSON.parse(readFileSync(join(dir, page.replace(/\.html$/, '.expect.json')), 'utf8')) as Expectation;
  const result = extractArticle(parseHtml(readFileSync(join(dir, page), 'utf8'), expectation.url), { url: expectation.url });
  if (!result.ok) throw new Error(`${page}: expected an article, got ${result.error.code}: ${result.error.message}`);
  const { article } = result;
  const text = fold(article.text);

  it('has the expected metadata', () => {
    if (expectation.title) expect(fold(article.title)).toBe(fold(expectation.title));
    if (expectation.byline) expect(fold(article.byline)).toBe(fold(expectation.byline));
    if (expectation.siteName) expect(fold(article.siteName)).toBe(fold(expectation.siteName));
    if (expectation.publishedTime) expect(article.publishedTime ?? '').toMatch(new RegExp(`^${expectation.publishedTime}`));
    expect(article.url).toBe(expectation.url);
  });

  it('reports coverage', () => {
    if (expectation.coverage) expect(article.coverage.status).toBe(expectation.coverage);
    if (article.coverage.status === 'partial') {
      expect(article.coverage.reason).toBeTruthy();
      expect(article.coverage.visibleWords).toBe(article.wordCount);
    }
  });

  it.each(expectation.textMustContain ?? [])('keeps %j', (passage) => {
    expect(text).toContain(fold(passage));
  });

  it.each(expectation.nowhere ?? [])('drops boilerplate %j', (boilerplate) => {
    expect(text).not.toContain(fold(boilerplate));
  });

  it.each(expectation.textAtMostOnce ?? [])('holds %j at most once', (passage) => {
    expect(text.split(fold(passage)).length - 1).toBeLessThanOrEqual(1);
  });

  it('joins its blocks into its text and records every removal', () => {
    expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n\n'));
    for (const removal of result.removals) {
      expect(removal.step).toMatch(/^[a-z-]+$/);
      expect(removal.reason).toBeTruthy();
    }
  });
});
