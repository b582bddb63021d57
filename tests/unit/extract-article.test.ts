import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract-article';

describe('extractArticle', () => {
  it('leaves the document it was given unchanged', () => {
    const html = readFileSync('scripts/sample-article.html', 'utf8');
    const document = parseHtml(html, 'https://stratechery.com/2026/amazons-durability/');
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document);
    expect(result.ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
