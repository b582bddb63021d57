import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../lib/article';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { articleContent } from '../../../lib/extract/fallback-content';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the article carries enough words, with commas, clauses and a point of its own, to count as real prose for any reader.</p>`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>A headline – Example Site</title><meta property="og:site_name" content="Example Site">${head}</head><body>${body}</body></html>`;
const article = (extra = '') => page(`<article><h1>A headline</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}${extra}</article>`);

describe('extractArticle', () => {
  it('leaves the document it was given unchanged', () => {
    const html = readFileSync('scripts/sample-article.html', 'utf8');
    const document = parseHtml(html, 'https://stratechery.com/2026/amazons-durability/');
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document);
    expect(result.ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves unchanged a page whose body is not right after its head (linkedom would insert one)', () => {
    const document = parseHtml(`<html><head><title>t</title></head><meta name="x" content="y"><body>${[1, 2, 3, 4, 5].map(paragraph).join('')}</body></html>`);
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document);
    expect(result.ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('gives a valid Article whose text is its blocks joined by blank lines', () => {
    const result = extractArticle(parseHtml(article('<h2>A section</h2><ul><li>First point of the list</li><li>Second point of the list</li></ul>')));
    if (!result.ok) throw new Error(result.error.message);
    expect(ArticleSchema.safeParse(result.article).success).toBe(true);
    expect(result.article.text).toBe(result.article.blocks.map((b) => b.text).join('\n\n'));
    expect(result.article.blocks).toContainEqual({ type: 'heading', text: 'A section', level: 2 });
    expect(result.article.blocks.filter((b) => b.type === 'list-item').map((b) => b.text)).toEqual(['First point of the list', 'Second point of the list']);
    expect(result.article.title).toBe('A headline');
    expect(result.article.siteName).toBe('Example Site');
    expect(result.article.lang).toBe('en');
  });

  it('records what it removed, and why', () => {
    const result = extractArticle(parseHtml(article('<div class="share-buttons"><a href="#">Twitter</a> <a href="#">Facebook</a></div><p>Read more: <a href="/x">Another story on the site</a></p>')));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).not.toContain('Another story');
    expect(result.removals).toContainEqual(expect.objectContaining({ step: 'remove-boilerplate-blocks', reason: 'boilerplate kicker' }));
  });

  it('says partial, with a reason and the visible words, when JSON-LD marks the article paid', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline","isAccessibleForFree":false}</script>';
    const result = extractArticle(parseHtml(page(`<article>${[1, 2, 3, 4].map(paragraph).join('')}</article>`, ld)));
    if (!result.ok) throw new Error(result.error.message);
    const words = result.article.wordCount;
    expect(result.article.coverage).toEqual({ status: 'partial', reason: `Subscriber article: the digest covers the first ${words} words`, visibleWords: words });
  });

  it.each([
    ['a section name', 'Editorial', 'Why the quay matters | Editorial', null],
    ["the author's name", 'Jane Doe', 'Why the quay matters – Jane Doe', 'Jane Doe'],
  ])('takes %s off the end of the title', (_name, author, title, byline) => {
    const html = `<!DOCTYPE html><html><head><title>${title} | Example Site</title><meta property="og:site_name" content="Example Site"><meta name="author" content="${author}"></head><body><article>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`;
    const result = extractArticle(parseHtml(html));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Why the quay matters');
    expect(result.article.byline).toBe(byline);
  });

  it('puts back the lead paragraph Readability left out, found by the page description', () => {
    const lead = 'The harbour authority approved the new quay after a decade of studies, hearings and revisions, and the first ships should berth in the spring once the channel is dredged.';
    const html = page(`<header><h1>A headline</h1><div class="intro">${lead}</div></header><article>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>`, `<meta property="og:description" content="${lead}">`);
    const result = extractArticle(parseHtml(html));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text).slice(0, 2)).toEqual([lead, expect.stringContaining('Paragraph 1')]);
  });

  it('leaves a one-line dek out, and never adds the lead twice', () => {
    const dek = 'A one-line dek under the headline that says what the story is about.';
    const dekPage = page(`<header><h1>A headline</h1><p class="dek">${dek}</p></header><article>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>`, `<meta property="og:description" content="${dek}">`);
    const withDek = extractArticle(parseHtml(dekPage));
    if (!withDek.ok) throw new Error(withDek.error.message);
    expect(withDek.article.text).not.toContain(dek);
    const described = extractArticle(parseHtml(page(`<article><h1>A headline</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>`, `<meta name="description" content="${paragraph(1).replace(/<\/?p>/g, '')}">`)));
    if (!described.ok) throw new Error(described.error.message);
    expect(described.article.text.split('Paragraph 1 of').length - 1).toBe(1);
  });

  it.each([
    ['an empty page', '', 'empty'],
    ['a frameset', '<html><head></head><frameset><frame src="a.html"></frameset></html>', 'not-readerable'],
    ['a page with an empty body', page(''), 'not-readerable'],
  ])('answers %s with a failure value', (_name, html, code) => {
    const result = extractArticle(parseHtml(html));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('falls back to the schema.org articleBody when Readability finds nothing', () => {
    const body = `<div itemprop="articleBody"><p>${'A sentence of the article body. '.repeat(12)}</p></div>`;
    const html = page(`<article hidden>${body}</article>`);
    const result = extractArticle(parseHtml(html));
    expect(result.ok).toBe(true);
  });

  it('with consumeDocument cleans the document in place and gives the same article', () => {
    const html = article('<div class="related-posts"><a href="/a">Related one</a></div>');
    const onClone = extractArticle(parseHtml(html));
    const inPlace = extractArticle(parseHtml(html), { consumeDocument: true });
    expect(inPlace).toEqual(onClone);
  });
});

describe('articleContent', () => {
  // Readability can crown a block that outscores the prose beside it: on a DailyMail page, a
  // table of hundreds of MPs' e-mail addresses inside the article body won over its 60 paragraphs.
  const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Seat ${i}</td><td>member${i}@parliament.uk</td></tr>`).join('');
  const marked = (paragraphs: number) =>
    parseHtml(page(`<div itemprop="articleBody">${Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1)).join('')}</div>`));
  const pick = (html: string) => parseHtml(page(html)).body.firstElementChild as Element;

  it('takes the marked articleBody over a pick with far fewer prose paragraphs', () => {
    const document = marked(6);
    expect(articleContent(document, pick(`<div><table>${rows}</table></div>`))?.getAttribute('itemprop')).toBe('articleBody');
  });

  it("keeps Readability's pick when it holds the prose, or the marked body holds little", () => {
    const prose = pick(`<div>${[1, 2, 3].map(paragraph).join('')}</div>`);
    expect(articleContent(marked(6), prose)).toBe(prose);
    const table = pick(`<div><table>${rows}</table></div>`);
    expect(articleContent(marked(2), table)).toBe(table);
  });

  it('without a pick, falls back to the element the page marks as its article', () => {
    expect(articleContent(marked(3), null)?.getAttribute('itemprop')).toBe('articleBody');
  });
});
